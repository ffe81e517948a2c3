using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;

namespace Mobility.Enrolment.Qualifications;

/// <summary>
/// A national vocational qualification (CAP, Bac Pro, BMA, FCIL, Gesellenprüfung, Técnico...) placed on the EQF,
/// with the units that recognition of learning outcomes abroad is measured against.
/// </summary>
internal sealed class Qualification
{
    private readonly List<QualificationUnit> _units = [];

    private Qualification()
    {
    }

    public Guid Id { get; private set; }

    public string NationalName { get; private set; } = "";

    /// <summary>The national family or level as the country names it, e.g. "CAP" or "Bac Pro".</summary>
    public string NationalLevel { get; private set; } = "";

    public string Country { get; private set; } = "";

    public int EqfLevel { get; private set; }

    /// <summary>ISCED-F 2013 detailed field, e.g. 1013 for hotels, restaurants and catering.</summary>
    public string IscedField { get; private set; } = "";

    public IReadOnlyList<QualificationUnit> Units => _units;

    public static Qualification Register(
        Guid id, string nationalName, string nationalLevel, string country, int eqfLevel, string iscedField)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(nationalName), "QUALIFICATION_NAME_REQUIRED", "A qualification needs its national name.");
        Rule.Require(!string.IsNullOrWhiteSpace(nationalLevel), "NATIONAL_LEVEL_REQUIRED", "Say which national level it is (CAP, Bac Pro...).");
        Rule.Require(CountryCode.IsValid(country), "COUNTRY_UNKNOWN", $"'{country}' is not an ISO 3166-1 country code.");
        Rule.Require(QualificationRules.IsEqfLevel(eqfLevel), "EQF_LEVEL_RANGE", $"EQF levels run from 1 to 8, not {eqfLevel}.");
        Rule.Require(QualificationRules.IsIscedField(iscedField), "ISCED_FIELD_FORMAT",
            $"'{iscedField}' is not a four-digit ISCED-F 2013 field code.");
        return new Qualification
        {
            Id = id,
            NationalName = nationalName.Trim(),
            NationalLevel = nationalLevel.Trim(),
            Country = CountryCode.Parse(country).Iso,
            EqfLevel = eqfLevel,
            IscedField = iscedField,
        };
    }

    public QualificationUnit AddUnit(Guid id, string code, string title, bool isOptional)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(code) && !string.IsNullOrWhiteSpace(title), "UNIT_CODE_AND_TITLE_REQUIRED",
            "A unit needs a code and a title.");
        var trimmed = code.Trim();
        Rule.Require(!_units.Exists(u => string.Equals(u.Code, trimmed, StringComparison.OrdinalIgnoreCase)), "UNIT_CODE_TAKEN",
            $"{NationalName} already has a unit {trimmed}.");
        var unit = new QualificationUnit(id, Id, trimmed, title.Trim(), isOptional);
        _units.Add(unit);
        return unit;
    }
}
