namespace Mobility.Recognition.Contracts.Directory;

/// <summary>
/// The current decision on one unit of learning outcomes: <see cref="Passed"/> says whether the assessment met the
/// recognition scheme's bar, <see cref="Attestation"/> names what it awards (e.g. "MobilitéPro"), if anything.
/// </summary>
public sealed record UnitRecognitionSummary(
    Guid UnitId,
    Guid PlacementId,
    Guid LearnerId,
    Guid SendingOrganisationId,
    Guid QualificationId,
    Guid QualificationUnitId,
    string QualificationUnitCode,
    string SchemeCode,
    RecognitionOutcome Outcome,
    bool Passed,
    decimal? FinalMark,
    string? Attestation,
    DateTime DecidedAt);
