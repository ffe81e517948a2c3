using Mobility.BuildingBlocks.Security;

namespace Mobility.Impact.Indicators;

/// <summary>
/// The facts a viewer's figures may rest on. The platform: all. Coordinators: their consortia's; school staff:
/// their organisation's (a viewer who is both sees the union), unsuppressed. A funder (with neither role): every
/// consortium, small counts suppressed. Anyone else: nothing.
/// </summary>
internal sealed record IndicatorScope(Guid[]? ConsortiumIds, Guid[]? OrganisationIds, bool Suppressed)
{
    public static readonly IndicatorScope Everything = new(null, null, false);

    public static IndicatorScope Of(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.IsSystem)
        {
            return Everything;
        }

        var coordinates = viewer.IsIn(PlatformRole.ConsortiumCoordinator);
        var staff = viewer.IsIn(PlatformRole.SchoolStaff);
        if (coordinates || staff)
        {
            return new IndicatorScope(
                coordinates ? [.. viewer.ConsortiumIds] : [],
                staff ? [.. viewer.OrganisationIds] : [],
                false);
        }

        return viewer.IsIn(PlatformRole.Funder)
            ? new IndicatorScope(null, null, true)
            : throw new AccessDeniedException("Only consortium coordinators, school staff and funders may read indicators.");
    }

    public IQueryable<OutcomeFact> Apply(IQueryable<OutcomeFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (ConsortiumIds is null && OrganisationIds is null)
        {
            return facts;
        }

        var consortia = ConsortiumIds ?? [];
        var organisations = OrganisationIds ?? [];
        return facts.Where(f => (f.ConsortiumId != null && consortia.Contains(f.ConsortiumId.Value)) || organisations.Contains(f.OrganisationId));
    }
}
