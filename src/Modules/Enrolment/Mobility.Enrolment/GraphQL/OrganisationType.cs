using Mobility.Enrolment.Contracts.Directory;
using Mobility.Enrolment.Organisations;
using Mobility.GraphQL;

namespace Mobility.Enrolment.GraphQL;

/// <summary>A school, training centre, chamber of crafts, company or authority taking part in mobility.</summary>
/// <param name="Id">The organisation's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="Country">ISO 3166-1 alpha-2 (GR and GB, not EL and UK).</param>
/// <param name="City">The city it is in.</param>
/// <param name="Oid">The Erasmus+ Organisation ID, E followed by eight digits.</param>
/// <param name="ErasmusCode">The Erasmus code, for organisations that have one.</param>
/// <param name="Sectors">The trades it trains or works in.</param>
[GraphQLName("Organisation")]
internal sealed record OrganisationType(
    Guid Id, string Name, OrganisationKind Kind, string Country, string City, string? Oid, string? ErasmusCode, IReadOnlyList<string> Sectors)
{
    public static OrganisationType From(Organisation organisation) => new(
        organisation.Id, organisation.Name, organisation.Kind, organisation.Country, organisation.City, organisation.Oid,
        organisation.ErasmusCode, organisation.Sectors);

    public static OrganisationType From(OrganisationSummary summary) => new(
        summary.Id, summary.Name, Enum.Parse<OrganisationKind>(summary.Kind), summary.Country, summary.City, summary.Oid,
        summary.ErasmusCode, summary.Sectors);
}
