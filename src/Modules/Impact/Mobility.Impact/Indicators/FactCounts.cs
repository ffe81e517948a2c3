using Mobility.Impact.Outcomes;

namespace Mobility.Impact.Indicators;

/// <summary>The sums one GROUP BY over the facts returns for one group.</summary>
internal sealed class FactCounts<TKey>
{
    public TKey Key { get; init; } = default!;

    public int Placements { get; init; }

    public int Participants { get; init; }

    public int SurveysSent { get; init; }

    public int SurveysAnswered { get; init; }

    public int Satisfied { get; init; }

    public int SatisfiedBase { get; init; }

    public int LanguageImproved { get; init; }

    public int LanguageImprovedBase { get; init; }

    public int SelfConfident { get; init; }

    public int SelfConfidentBase { get; init; }

    public int ReadyAgain { get; init; }

    public int ReadyAgainBase { get; init; }

    public int ExamPassed { get; init; }

    public int ExamBase { get; init; }

    public int JobOffers { get; init; }

    public int FurtherStudy { get; init; }

    public int LeftTraining { get; init; }

    public int UnitRecognised { get; init; }

    public int ListeningGain { get; init; }

    public int ListeningAssessed { get; init; }

    public int ReadingGain { get; init; }

    public int ReadingAssessed { get; init; }

    public int SpokenInteractionGain { get; init; }

    public int SpokenInteractionAssessed { get; init; }

    public int SpokenProductionGain { get; init; }

    public int SpokenProductionAssessed { get; init; }

    public int WritingGain { get; init; }

    public int WritingAssessed { get; init; }

    /// <summary>Levels gained and assessments with both levels, for one CEFR skill.</summary>
    public (int Sum, int Count) Gain(LanguageSkill skill) => skill switch
    {
        LanguageSkill.Listening => (ListeningGain, ListeningAssessed),
        LanguageSkill.Reading => (ReadingGain, ReadingAssessed),
        LanguageSkill.SpokenInteraction => (SpokenInteractionGain, SpokenInteractionAssessed),
        LanguageSkill.SpokenProduction => (SpokenProductionGain, SpokenProductionAssessed),
        LanguageSkill.Writing => (WritingGain, WritingAssessed),
        _ => throw new ArgumentOutOfRangeException(nameof(skill), skill, "Unknown CEFR skill."),
    };
}
