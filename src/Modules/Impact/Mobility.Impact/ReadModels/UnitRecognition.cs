namespace Mobility.Impact.ReadModels;

/// <summary>
/// The decision in force on one unit of learning outcomes a learner acquired abroad (Recognition's
/// UnitRecognitionDecided): whether it counts toward their qualification. Only the latest decision is kept.
/// </summary>
internal sealed class UnitRecognition
{
    private UnitRecognition()
    {
    }

    public Guid UnitId { get; private set; }

    public Guid PlacementId { get; private set; }

    public Guid LearnerId { get; private set; }

    public Guid QualificationId { get; private set; }

    /// <summary>Recognition's outcome, by name (CreditedTowardQualification, NotRecognised...).</summary>
    public string Outcome { get; private set; } = "";

    public DateTime DecidedAt { get; private set; }

    public static UnitRecognition Record(Guid unitId, Guid placementId, Guid learnerId, Guid qualificationId, string outcome, DateTime decidedAt)
        => new() { UnitId = unitId, PlacementId = placementId, LearnerId = learnerId, QualificationId = qualificationId, Outcome = outcome, DecidedAt = decidedAt };

    /// <summary>A later decision replaces this one; an older one, arriving late, changes nothing.</summary>
    public bool Decide(string outcome, DateTime decidedAt)
    {
        if (decidedAt < DecidedAt)
        {
            return false;
        }

        Outcome = outcome;
        DecidedAt = decidedAt;
        return true;
    }
}
