using Mobility.GraphQL;
using Mobility.Placements.Contracts.Directory;
using Mobility.Placements.HostOrganisations;

namespace Mobility.Placements.GraphQL;

/// <summary>A company or training body abroad that receives participants. Its contact person is not public.</summary>
/// <param name="Id">The host organisation's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Company or training body.</param>
/// <param name="Country">ISO 3166-1 alpha-2.</param>
/// <param name="City">The city it is in.</param>
/// <param name="Latitude">Where it is, for the travel grant's distance band.</param>
/// <param name="Longitude">Where it is, for the travel grant's distance band.</param>
/// <param name="Sector">The trade it works in.</param>
[GraphQLName("HostOrganisation")]
internal sealed record HostOrganisationType(
    Guid Id, string Name, HostOrganisationKind Kind, string Country, string City, double Latitude, double Longitude, string Sector)
{
    public static HostOrganisationType From(HostOrganisation host) =>
        new(host.Id, host.Name, host.Kind, host.Country, host.City, host.Latitude, host.Longitude, host.Sector);

    public static HostOrganisationType From(HostOrganisationSummary host) =>
        new(host.Id, host.Name, Enum.Parse<HostOrganisationKind>(host.Kind), host.Country, host.City, host.Latitude, host.Longitude, host.Sector);
}
