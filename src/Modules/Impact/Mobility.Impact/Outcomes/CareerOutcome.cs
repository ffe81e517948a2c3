using Mobility.BuildingBlocks.Domain;

namespace Mobility.Impact.Outcomes;

internal enum CareerOutcomeKind
{
    JobOffer,
    SeasonalContract,

    /// <summary>Further study, such as a BTS.</summary>
    FurtherStudy,
    LeftTraining,
}

/// <summary>What a learner did next, as the school learned it; one of each kind per learner.</summary>
internal sealed class CareerOutcome
{
    public const int DetailLength = 300;

    private CareerOutcome()
    {
    }

    public Guid Id { get; private set; }

    public Guid LearnerId { get; private set; }

    public CareerOutcomeKind Kind { get; private set; }

    /// <summary>e.g. "BTS Management commercial opérationnel", "Seasonal contract, hotel in Málaga".</summary>
    public string? Detail { get; private set; }

    public DateOnly On { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static CareerOutcome Record(Guid id, Guid learnerId, CareerOutcomeKind kind, string? detail, DateOnly on, DateTime at)
    {
        Rule.Require(on <= DateOnly.FromDateTime(at).AddDays(366), "CAREER_OUTCOME_DATE", $"{on:yyyy-MM-dd} is more than a year ahead.");
        return new CareerOutcome
        {
            Id = id, LearnerId = learnerId, Kind = kind, Detail = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim(), On = on, UpdatedAt = at,
        };
    }

    public void Update(string? detail, DateOnly on, DateTime at)
    {
        Detail = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim();
        On = on;
        UpdatedAt = at;
    }
}
