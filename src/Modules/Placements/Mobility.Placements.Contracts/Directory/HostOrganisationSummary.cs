namespace Mobility.Placements.Contracts.Directory;

public sealed record HostOrganisationSummary(
    Guid Id, string Name, string Kind, string Country, string City, double Latitude, double Longitude, string Sector);
