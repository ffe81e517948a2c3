using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL;
using Mobility.GraphQL.Execution;
using Mobility.Placements.Contracts;
using Mobility.Placements.Contracts.Directory;

namespace Mobility.Placements.GraphQL;

/// <summary>A mobility period abroad. Who takes part is not public (it comes with authorization).</summary>
/// <param name="Id">The placement's id.</param>
/// <param name="Kind">The Erasmus+ VET activity.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="CallYear">The year of the Erasmus+ call that funds it.</param>
/// <param name="StartsOn">First day abroad.</param>
/// <param name="EndsOn">Last day abroad.</param>
/// <param name="DurationDays">Days abroad, travel excluded.</param>
/// <param name="DestinationCity">Where the participant goes.</param>
/// <param name="DestinationCountry">ISO 3166-1 alpha-2 of the destination.</param>
/// <param name="HostOrganisationId">Reached through the hostOrganisation field.</param>
[GraphQLName("Placement")]
internal sealed record PlacementType(
    Guid Id, PlacementKind Kind, PlacementStatus Status, int CallYear, DateOnly StartsOn, DateOnly EndsOn, int DurationDays,
    string DestinationCity, string DestinationCountry, [property: GraphQLIgnore] Guid? HostOrganisationId)
{
    public static PlacementType From(PlacementSummary p) => new(
        p.Id, p.Kind, p.Status, p.CallYear, p.StartsOn, p.EndsOn, p.DurationDays, p.DestinationCity, p.DestinationCountry,
        p.HostOrganisationId);

    /// <summary>The company or training body abroad, when the placement has one.</summary>
    public async Task<HostOrganisationType?> GetHostOrganisationAsync(ResolverContext context) =>
        HostOrganisationId is { } id
            ? await context.DataLoader<Guid, HostOrganisationType>("placements.hostOrganisationById", async (services, ids, cancellationToken) =>
                (await services.GetRequiredService<IPlacementsDirectory>().GetHostOrganisationsAsync(ids, cancellationToken))
                    .ToDictionary(h => h.Id, HostOrganisationType.From)).LoadAsync(id)
            : null;
}
