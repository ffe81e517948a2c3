using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;

namespace Mobility.Impact.Outcomes;

/// <summary>One skill in one language, assessed on the CEFR scale before departure and after return.</summary>
internal sealed class LanguageAssessment
{
    private LanguageAssessment()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlacementId { get; private set; }

    public Guid LearnerId { get; private set; }

    public string Language { get; private set; } = "";

    public LanguageSkill Skill { get; private set; }

    public CefrLevel? Before { get; private set; }

    public CefrLevel? After { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Levels gained (B1 after A2 is 1); null until both are known. Stored so the indicators can average it in SQL.</summary>
    public int? Gain { get; private set; }

    public static LanguageAssessment Start(Guid id, Guid placementId, Guid learnerId, string language, LanguageSkill skill, DateTime at)
    {
        Rule.Require(LanguageCode.IsValid(language), "LANGUAGE_UNKNOWN", $"'{language}' is not an ISO 639-1 language code.");
        return new LanguageAssessment
        {
            Id = id, PlacementId = placementId, LearnerId = learnerId, Language = LanguageCode.Normalise(language), Skill = skill, UpdatedAt = at,
        };
    }

    public void Record(CefrLevel? before, CefrLevel? after, DateTime at)
    {
        Rule.Require(before is not null || after is not null, "CEFR_LEVEL_REQUIRED", "Give the level before departure, after return, or both.");
        Rule.Require(before is null || Enum.IsDefined(before.Value), "CEFR_LEVEL_UNKNOWN", $"{before} is not a CEFR level.");
        Rule.Require(after is null || Enum.IsDefined(after.Value), "CEFR_LEVEL_UNKNOWN", $"{after} is not a CEFR level.");
        Before = before ?? Before;
        After = after ?? After;
        Gain = Before is { } b && After is { } a ? (int)a - (int)b : null;
        UpdatedAt = at;
    }
}
