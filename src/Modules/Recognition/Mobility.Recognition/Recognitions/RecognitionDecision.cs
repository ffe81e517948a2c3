using Mobility.Recognition.Contracts;

namespace Mobility.Recognition.Recognitions;

/// <summary>
/// One decision of the sending school on a unit. Decisions are never changed: a new decision supersedes the previous
/// one, so the history shows every decision, who took it and why.
/// </summary>
internal sealed class RecognitionDecision
{
    private RecognitionDecision()
    {
    }

    public RecognitionDecision(
        Guid id, Guid placementRecognitionId, Guid unitId, int sequence, RecognitionOutcome outcome, string? reason, bool passed,
        decimal? finalMark, string? attestation, string decidedBy, Guid? decidedByUserId, DateTime decidedAt)
    {
        Id = id;
        PlacementRecognitionId = placementRecognitionId;
        UnitId = unitId;
        Sequence = sequence;
        Outcome = outcome;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Passed = passed;
        FinalMark = finalMark;
        Attestation = attestation;
        DecidedBy = decidedBy.Trim();
        DecidedByUserId = decidedByUserId;
        DecidedAt = decidedAt;
    }

    public Guid Id { get; private set; }

    public Guid PlacementRecognitionId { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>1 for the first decision on the unit, then 2, 3... The highest is in force.</summary>
    public int Sequence { get; private set; }

    public RecognitionOutcome Outcome { get; private set; }

    public string? Reason { get; private set; }

    public bool Passed { get; private set; }

    public decimal? FinalMark { get; private set; }

    public string? Attestation { get; private set; }

    public string DecidedBy { get; private set; } = "";

    public Guid? DecidedByUserId { get; private set; }

    public DateTime DecidedAt { get; private set; }

    public bool IsRecognised => Outcome != RecognitionOutcome.NotRecognised;
}
