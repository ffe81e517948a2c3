namespace Mobility.Placements.Contracts.Directory;

/// <summary>
/// The current version of a placement's learning agreement: its objectives and who signed it when. A signature
/// is null until that party has signed this version.
/// </summary>
public sealed record LearningAgreementSummary(
    Guid PlacementId,
    int Version,
    DateTime DraftedAt,
    string? RevisionReason,
    IReadOnlyList<LearningObjectiveSummary> Objectives,
    LearningAgreementSignature? Participant,
    LearningAgreementSignature? SendingSchool,
    LearningAgreementSignature? Host)
{
    public bool IsFullySigned => Participant is not null && SendingSchool is not null && Host is not null;
}

/// <summary>An expected learning outcome and how the host tutor will tell that it was reached.</summary>
public sealed record LearningObjectiveSummary(int Position, string Description, string SuccessIndicator);

public sealed record LearningAgreementSignature(string SignedBy, DateTime SignedAt);
