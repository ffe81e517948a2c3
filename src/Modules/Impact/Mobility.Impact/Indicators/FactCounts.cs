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
}

/// <summary>The sum and count of CEFR gains for one group and skill.</summary>
internal sealed class GainCounts<TKey>
{
    public TKey Key { get; init; } = default!;

    public LanguageSkill Skill { get; init; }

    public int Sum { get; init; }

    public int Count { get; init; }
}

/// <summary>A language assessment joined to its placement's fact.</summary>
internal sealed class GainRow
{
    public OutcomeFact Fact { get; init; } = default!;

    public LanguageSkill Skill { get; init; }

    public int Gain { get; init; }
}

internal sealed class GainKey<TKey>
{
    public TKey Key { get; init; } = default!;

    public LanguageSkill Skill { get; init; }
}
