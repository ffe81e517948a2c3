using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mobility.Recognition.Europass;

/// <summary>
/// The stored form of a Europass Mobility record, and its rendering as a European Learning Model (ELM v3) credential
/// in JSON-LD: a <c>Person</c> subject whose claims are the mobility (<c>LearningActivity</c>) and one
/// <c>LearningAchievement</c> per unit, with its learning outcomes, the host assessment and the school's decision.
/// It is unsigned: sealing and delivery to the European Digital Credentials infrastructure are left to the issuer.
/// </summary>
internal static class EuropassJson
{
    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web);
    private static readonly JsonSerializerOptions Pretty = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string WriteRecord(EuropassMobilityRecord record) => JsonSerializer.Serialize(record, Stored);

    public static EuropassMobilityRecord ReadRecord(string json)
        => JsonSerializer.Deserialize<EuropassMobilityRecord>(json, Stored) ?? throw new InvalidOperationException("Empty Europass record.");

    public static string ToElm(EuropassMobilityRecord record, Guid documentId)
    {
        var lang = record.Language;
        var id = $"urn:epass:europass-mobility:{documentId}";
        var issuer = Organisation(record.Issuer, $"urn:epass:org:{documentId}:issuer", lang);
        var host = Organisation(record.HostPartner.Organisation, $"urn:epass:org:{documentId}:host", lang);
        var x = record.Experience;
        var activity = new JsonObject
        {
            ["id"] = $"urn:epass:activity:{documentId}",
            ["type"] = "LearningActivity",
            ["title"] = Text($"{x.Initiative}: {record.HostPartner.Organisation.Name}, {record.HostPartner.Organisation.City}", lang),
            ["description"] = Text(string.Join(" ", x.Objectives), lang),
            ["temporal"] = new JsonObject
            {
                ["id"] = $"urn:epass:period:{documentId}",
                ["type"] = "PeriodOfTime",
                ["startDate"] = Instant(x.From),
                ["endDate"] = Instant(x.To),
            },
            ["workload"] = string.Create(CultureInfo.InvariantCulture, $"P{x.DurationDays}D"),
            ["location"] = host["location"]!.DeepClone(),
            ["directedBy"] = host,
        };
        var claims = new JsonArray { activity };
        var index = 0;
        foreach (var unit in record.Units)
        {
            index++;
            claims.Add(Achievement(unit, $"{documentId}:{index}", issuer, record.Experience, record.Assessment, lang));
        }

        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "EuropeanDigitalCredential"),
            ["credentialProfiles"] = new JsonObject
            {
                ["id"] = "http://data.europa.eu/snb/credential/e34929035b",
                ["type"] = "Concept",
                ["prefLabel"] = new JsonObject { ["en"] = "Generic" },
            },
            ["identifier"] = new JsonObject { ["type"] = "Identifier", ["notation"] = record.Number, ["schemeName"] = "Europass Mobility number" },
            ["issuer"] = issuer.DeepClone(),
            ["issuanceDate"] = Instant(record.IssuedOn),
            ["validFrom"] = Instant(record.IssuedOn),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"urn:epass:person:{documentId}",
                ["type"] = "Person",
                ["givenName"] = Text(record.Holder.FirstName, lang),
                ["familyName"] = Text(record.Holder.LastName, lang),
                ["fullName"] = Text($"{record.Holder.FirstName} {record.Holder.LastName}", lang),
                ["dateOfBirth"] = Instant(record.Holder.BirthDate),
                ["nationality"] = new JsonArray(Country(record.Holder.Nationality)),
                ["hasClaim"] = claims,
            },
            ["displayParameter"] = new JsonObject
            {
                ["id"] = $"urn:epass:displayParameter:{documentId}",
                ["type"] = "DisplayParameter",
                ["title"] = Labels("title"),
                ["language"] = new JsonArray([.. EuropassLabels.Languages.Select(Language)]),
                ["primaryLanguage"] = Language(lang),
            },
        };
        return credential.ToJsonString(Pretty);
    }

    private static JsonObject Achievement(EuropassUnit unit, string key, JsonObject issuer, EuropassExperience experience, EuropassAssessment assessment, string lang)
    {
        var noteLanguage = assessment.Language ?? lang;
        var outcomes = new JsonArray();
        void AddOutcomes(IEnumerable<string> statements, string type)
        {
            foreach (var statement in statements)
            {
                outcomes.Add(new JsonObject
                {
                    ["id"] = $"urn:epass:learningOutcome:{key}:{outcomes.Count + 1}",
                    ["type"] = "LearningOutcome",
                    ["title"] = Text(statement, lang),
                    ["learningOutcomeType"] = new JsonObject
                    {
                        ["id"] = $"http://data.europa.eu/esco/skill-type/{type}",
                        ["type"] = "Concept",
                        ["prefLabel"] = new JsonObject { ["en"] = type },
                    },
                });
            }
        }

        AddOutcomes(unit.Knowledge, "knowledge");
        AddOutcomes(unit.Skills, "skill");
        AddOutcomes(unit.Competences, "competence");
        var grade = unit.Mark is { } mark
            ? string.Create(CultureInfo.InvariantCulture, $"{mark:0.##}/{unit.MarkScale:0.##}")
            : unit.LevelLabels.GetValueOrDefault("en", "");
        var achievement = new JsonObject
        {
            ["id"] = $"urn:epass:learningAchievement:{key}",
            ["type"] = "LearningAchievement",
            ["title"] = Text(unit.Title, lang),
            ["specifiedBy"] = new JsonObject
            {
                ["id"] = $"urn:epass:learningAchievementSpec:{key}",
                ["type"] = "LearningAchievementSpecification",
                ["title"] = Text($"{unit.QualificationUnitCode} – {unit.QualificationUnitTitle}", lang),
                ["learningOutcome"] = outcomes,
                ["eqfLevel"] = new JsonObject
                {
                    ["id"] = string.Create(CultureInfo.InvariantCulture, $"http://data.europa.eu/snb/eqf/{experience.EqfLevel}"),
                    ["type"] = "Concept",
                    ["prefLabel"] = new JsonObject { ["en"] = string.Create(CultureInfo.InvariantCulture, $"Level {experience.EqfLevel}") },
                },
                ["isPartOf"] = new JsonObject { ["type"] = "Qualification", ["title"] = Text(experience.Qualification, lang) },
            },
            ["wasDerivedFrom"] = new JsonArray(new JsonObject
            {
                ["id"] = $"urn:epass:assessment:{key}",
                ["type"] = "LearningAssessment",
                ["title"] = Labels("assessment"),
                ["grade"] = new JsonObject { ["type"] = "Note", ["noteLiteral"] = Text(grade, lang) },
                ["issuedDate"] = assessment.HeldOn is { } heldOn ? Instant(heldOn) : null,
                ["assessedBy"] = new JsonObject { ["type"] = "Person", ["fullName"] = Text(assessment.AssessedBy ?? "", lang) },
                ["additionalNote"] = new JsonArray([.. new[] { unit.Evidence, unit.Comment }.Where(n => !string.IsNullOrWhiteSpace(n))
                    .Select(n => (JsonNode)new JsonObject { ["type"] = "Note", ["noteLiteral"] = Text(n!, noteLanguage) })]),
            }),
        };
        if (unit.Recognition is { } outcome)
        {
            achievement["awardedBy"] = new JsonObject
            {
                ["type"] = "AwardingProcess",
                ["awardingBody"] = new JsonArray(issuer.DeepClone()),
                ["description"] = Labels(outcome),
                ["educationalSystemNote"] = unit.Attestation is { } attestation ? new JsonObject { ["type"] = "Note", ["noteLiteral"] = Text(attestation, lang) } : null,
            };
        }

        return achievement;
    }

    private static JsonObject Organisation(EuropassOrganisation organisation, string id, string lang) => new()
    {
        ["id"] = id,
        ["type"] = "Organisation",
        ["legalName"] = Text(organisation.Name, lang),
        ["location"] = new JsonArray(new JsonObject
        {
            ["type"] = "Location",
            ["address"] = new JsonArray(new JsonObject
            {
                ["type"] = "Address",
                ["fullAddress"] = new JsonObject { ["type"] = "Note", ["noteLiteral"] = Text(organisation.City, lang) },
                ["countryCode"] = Country(organisation.Country),
            }),
        }),
    };

    private static JsonObject Country(string iso2)
    {
        var code = ThreeLetter(iso2);
        return new JsonObject
        {
            ["id"] = $"http://publications.europa.eu/resource/authority/country/{code}",
            ["type"] = "Concept",
            ["inScheme"] = new JsonObject { ["id"] = "http://publications.europa.eu/resource/authority/country", ["type"] = "ConceptScheme" },
            ["notation"] = code,
        };
    }

    private static string ThreeLetter(string iso2)
    {
        try
        {
            return new RegionInfo(iso2).ThreeLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return iso2;
        }
    }

    private static JsonObject Language(string iso639) => new()
    {
        ["id"] = $"http://publications.europa.eu/resource/authority/language/{iso639 switch { "fr" => "FRA", "es" => "SPA", "de" => "DEU", _ => "ENG" }}",
        ["type"] = "Concept",
        ["notation"] = iso639,
    };

    private static JsonObject Text(string text, string language) => new() { [language] = text };

    private static JsonObject Labels(string key) => new([.. EuropassLabels.All(key).Select(l => new KeyValuePair<string, JsonNode?>(l.Key, l.Value))]);

    private static string Instant(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
