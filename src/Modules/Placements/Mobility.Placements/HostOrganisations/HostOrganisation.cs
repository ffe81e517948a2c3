using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;
using Mobility.Placements.Places;

namespace Mobility.Placements.HostOrganisations;

/// <summary>A company or training body abroad that receives participants; its coordinates drive the travel grant.</summary>
internal sealed class HostOrganisation
{
    private HostOrganisation()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public HostOrganisationKind Kind { get; private set; }

    public string Country { get; private set; } = "";

    public string City { get; private set; } = "";

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public string Sector { get; private set; } = "";

    public string ContactName { get; private set; } = "";

    public string ContactEmail { get; private set; } = "";

    public string? ContactPhone { get; private set; }

    public Place Place => new(City, Country, new GeoPoint(Latitude, Longitude));

    public static HostOrganisation Create(
        Guid id, string name, HostOrganisationKind kind, string country, string city, GeoPoint point, string sector,
        string contactName, string contactEmail, string? contactPhone)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(name), "HOST_NAME_REQUIRED", "A host organisation needs a name.");
        Rule.Require(CountryCode.IsValid(country), "COUNTRY_UNKNOWN", $"'{country}' is not an ISO 3166-1 country code.");
        Rule.Require(!string.IsNullOrWhiteSpace(contactName) && !string.IsNullOrWhiteSpace(contactEmail), "HOST_CONTACT_REQUIRED",
            "A host organisation needs a contact person with an email address.");
        return new HostOrganisation
        {
            Id = id,
            Name = name.Trim(),
            Kind = kind,
            Country = CountryCode.Parse(country).Iso,
            City = city.Trim(),
            Latitude = point.Latitude,
            Longitude = point.Longitude,
            Sector = sector.Trim(),
            ContactName = contactName.Trim(),
            ContactEmail = contactEmail.Trim(),
            ContactPhone = string.IsNullOrWhiteSpace(contactPhone) ? null : contactPhone.Trim(),
        };
    }
}
