namespace Mobility.Placements.OpenData;

/// <summary>An organisation as a row names it: trimmed name, ISO country, trimmed city.</summary>
internal sealed record OpenDataPlace(string Name, string Country, string City)
{
    public string NaturalKey => NaturalKeys.Organisation(Name, Country, City);
}
