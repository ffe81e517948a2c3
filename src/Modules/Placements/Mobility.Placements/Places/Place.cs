namespace Mobility.Placements.Places;

/// <summary>A city with its country (ISO 3166-1) and coordinates: where a placement leaves from or takes place.</summary>
internal sealed record Place(string City, string Country, GeoPoint Point);
