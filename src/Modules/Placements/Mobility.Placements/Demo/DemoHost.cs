using System.Globalization;
using System.Text;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.Places;

namespace Mobility.Placements.Demo;

/// <summary>An invented host with a real city's coordinates; its contact is also the usual host tutor.</summary>
internal sealed record DemoHost(
    string Key, string Name, HostOrganisationKind Kind, string Country, string City, double Latitude, double Longitude, string Sector,
    string Contact, string Position)
{
    public Guid Id => DemoIds.Of("host", Key);

    public string Email => $"{Slug(Contact)}@{Key}.example";

    public HostOrganisation ToEntity()
        => HostOrganisation.Create(Id, Name, Kind, Country, City, GeoPoint.Of(Latitude, Longitude), Sector, Contact, Email, null);

    private static string Slug(string name)
        => new([.. name.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && (char.IsAsciiLetter(c) || c == ' '))
            .Select(c => c == ' ' ? '.' : char.ToLowerInvariant(c))]);
}
