using Mobility.BuildingBlocks.Domain;
using Mobility.Placements.LearningAgreements;

namespace Mobility.Placements.Lifecycle;

internal sealed partial class Placement
{
    public const int MaxObjectives = 10;

    public LearningAgreementVersion? CurrentLearningAgreement => _learningAgreements.MaxBy(v => v.Version);

    /// <summary>
    /// Realistic means few enough to be reached: one objective per started week of placement (at least two, at
    /// most ten). Measurable means each says how its achievement will be observed.
    /// </summary>
    public int MaxObjectivesForDuration => Math.Clamp((DurationDays + 6) / 7, 2, MaxObjectives);

    public LearningAgreementVersion DraftLearningAgreement(Guid versionId, IReadOnlyList<ObjectiveInput> objectives, string draftedBy, DateTime now)
    {
        RequireOpen("draft a learning agreement");
        Rule.Require(_learningAgreements.Count == 0, "LEARNING_AGREEMENT_ALREADY_DRAFTED",
            "The placement already has a learning agreement; revise it, giving the reason.");
        return AddVersion(versionId, objectives, null, draftedBy, now);
    }

    public LearningAgreementVersion ReviseLearningAgreement(
        Guid versionId, IReadOnlyList<ObjectiveInput> objectives, string reason, string revisedBy, DateTime now)
    {
        RequireOpen("revise the learning agreement");
        Rule.Require(_learningAgreements.Count > 0, "LEARNING_AGREEMENT_NOT_DRAFTED", "Draft the learning agreement first.");
        Rule.Require(!string.IsNullOrWhiteSpace(reason), "REVISION_REASON_REQUIRED", "Every revision of a learning agreement says why.");
        return AddVersion(versionId, objectives, reason, revisedBy, now);
    }

    public void SignLearningAgreement(LearningAgreementParty party, string signedBy, DateTime now)
    {
        RequireOpen("sign the learning agreement");
        var current = CurrentLearningAgreement
            ?? throw new DomainRuleViolationException("LEARNING_AGREEMENT_NOT_DRAFTED", "There is no learning agreement to sign.");
        current.Sign(party, signedBy, now);
    }

    private LearningAgreementVersion AddVersion(
        Guid versionId, IReadOnlyList<ObjectiveInput> objectives, string? reason, string draftedBy, DateTime now)
    {
        Rule.Require(objectives.Count > 0, "OBJECTIVES_REQUIRED", "A learning agreement states at least one objective.");
        Rule.Require(objectives.All(o => !string.IsNullOrWhiteSpace(o.Description) && !string.IsNullOrWhiteSpace(o.SuccessIndicator)),
            "OBJECTIVE_NOT_MEASURABLE", "Every objective says how its achievement will be observed.");
        Rule.Require(objectives.Count <= MaxObjectivesForDuration, "OBJECTIVES_NOT_REALISTIC",
            $"A {DurationDays}-day placement can aim at {MaxObjectivesForDuration} objectives at most, not {objectives.Count}.");
        var version = new LearningAgreementVersion(
            versionId, Id, (CurrentLearningAgreement?.Version ?? 0) + 1, objectives, reason, draftedBy, now);
        _learningAgreements.Add(version);
        return version;
    }

    private void RequireSignedLearningAgreement()
        => Rule.Require(CurrentLearningAgreement?.IsFullySigned == true, "LEARNING_AGREEMENT_NOT_SIGNED",
            "The current learning agreement must be signed by the participant, the sending school and the host.");
}
