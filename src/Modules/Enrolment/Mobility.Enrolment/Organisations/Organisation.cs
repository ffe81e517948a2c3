using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;

namespace Mobility.Enrolment.Organisations;

/// <summary>A school, training centre, chamber of crafts, company or authority taking part in mobility.</summary>
internal sealed class Organisation
{
    private Organisation()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public OrganisationKind Kind { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 (Greece is GR, the United Kingdom GB; Erasmus+ EL/UK are converted on input).</summary>
    public string Country { get; private set; } = "";

    public string City { get; private set; } = "";

    /// <summary>The Erasmus+ Organisation ID, E followed by eight digits.</summary>
    public string? Oid { get; private set; }

    public string? ErasmusCode { get; private set; }

    public List<string> Sectors { get; private set; } = [];

    public bool IsSchool => Kind is OrganisationKind.VocationalSchool or OrganisationKind.TrainingCentre;

    /// <summary>Where learners can be enrolled: schools, training centres and the chambers of crafts that run them.</summary>
    public bool TrainsLearners => IsSchool || Kind is OrganisationKind.ChamberOfCrafts;

    public static Organisation Register(
        Guid id, string name, OrganisationKind kind, string country, string city, string? oid, string? erasmusCode,
        IEnumerable<string> sectors)
    {
        var organisation = new Organisation { Id = id };
        organisation.Update(name, kind, country, city, oid, erasmusCode, sectors);
        return organisation;
    }

    public void Update(
        string name, OrganisationKind kind, string country, string city, string? oid, string? erasmusCode,
        IEnumerable<string> sectors)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(name), "ORGANISATION_NAME_REQUIRED", "An organisation needs a name.");
        Rule.Require(CountryCode.IsValid(country), "COUNTRY_UNKNOWN", $"'{country}' is not an ISO 3166-1 country code.");
        Rule.Require(oid is null || OidFormat.IsValid(oid), "OID_FORMAT", $"'{oid}' is not an Erasmus+ OID (E and 8 digits).");
        Name = name.Trim();
        Kind = kind;
        Country = CountryCode.Parse(country).Iso;
        City = city.Trim();
        Oid = oid;
        ErasmusCode = string.IsNullOrWhiteSpace(erasmusCode) ? null : erasmusCode.Trim();
        Sectors = sectors.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
    }
}
