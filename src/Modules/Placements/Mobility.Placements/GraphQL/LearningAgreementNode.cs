using Mobility.GraphQL;
using Mobility.Placements.FollowUps;

namespace Mobility.Placements.GraphQL;

/// <summary>One version of a placement's learning agreement: measurable objectives signed by participant, school and host.</summary>
/// <param name="Version">1 for the first draft.</param>
/// <param name="RevisionReason">Why this version changed the previous one.</param>
/// <param name="DraftedBy">Who wrote it.</param>
/// <param name="DraftedAt">When.</param>
/// <param name="ParticipantSignedBy">Who signed for the participant.</param>
/// <param name="ParticipantSignedAt">When.</param>
/// <param name="SendingSchoolSignedBy">Who signed for the sending school.</param>
/// <param name="SendingSchoolSignedAt">When.</param>
/// <param name="HostSignedBy">Who signed for the host.</param>
/// <param name="HostSignedAt">When.</param>
/// <param name="Objectives">What the participant will learn, in order.</param>
[GraphQLName("LearningAgreement")]
internal sealed record LearningAgreementNode(
    int Version, string? RevisionReason, string DraftedBy, DateTime DraftedAt, string? ParticipantSignedBy, DateTime? ParticipantSignedAt,
    string? SendingSchoolSignedBy, DateTime? SendingSchoolSignedAt, string? HostSignedBy, DateTime? HostSignedAt,
    IReadOnlyList<LearningObjectiveNode> Objectives);

/// <summary>A measurable learning objective and how its achievement is seen.</summary>
/// <param name="Description">What the participant will be able to do.</param>
/// <param name="SuccessIndicator">How the host tutor sees it is achieved.</param>
[GraphQLName("LearningObjective")]
internal sealed record LearningObjectiveNode(string Description, string SuccessIndicator);

/// <summary>A check-in during the placement, or its final debriefing.</summary>
/// <param name="Kind">Check-in or final debriefing.</param>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="HeldBy">Who held it.</param>
/// <param name="WithSendingEmployer">Whether the apprentice's employer took part.</param>
/// <param name="Notes">What was said.</param>
[GraphQLName("FollowUp")]
internal sealed record FollowUpNode(FollowUpKind Kind, DateOnly HeldOn, string HeldBy, bool WithSendingEmployer, string Notes);
