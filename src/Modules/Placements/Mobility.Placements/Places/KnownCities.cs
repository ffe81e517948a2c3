using System.Text.Json;

namespace Mobility.Placements.Places;

/// <summary>
/// The coordinates of the cities our members send from (an embedded data file), so a placement can leave out its
/// origin's coordinates when it starts from its sending school's city.
/// </summary>
internal sealed class KnownCities
{
    private readonly Dictionary<(string City, string Country), GeoPoint> _byName;

    private KnownCities(Dictionary<(string, string), GeoPoint> byName) => _byName = byName;

    public static KnownCities Load()
    {
        using var stream = typeof(KnownCities).Assembly.GetManifestResourceStream("Mobility.Placements.Places.KnownCities.json")
            ?? throw new InvalidOperationException("The known-cities file is not embedded.");
        var file = JsonSerializer.Deserialize<CitiesFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The known-cities file is empty.");
        return new KnownCities(file.Cities.ToDictionary(c => Key(c.City, c.Country), c => GeoPoint.Of(c.Latitude, c.Longitude)));
    }

    public Place? Find(string city, string country)
        => _byName.TryGetValue(Key(city, country), out var point) ? new Place(city.Trim(), country.ToUpperInvariant(), point) : null;

    private static (string, string) Key(string city, string country)
        => (city.Trim().ToUpperInvariant(), country.Trim().ToUpperInvariant());

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record CitiesFile(IReadOnlyList<CityEntry> Cities);

    private sealed record CityEntry(string City, string Country, double Latitude, double Longitude);
}
