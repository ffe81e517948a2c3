namespace Mobility.Placements.LearningAgreements;

/// <summary>Who signs a learning agreement: the participant (learner or staff member), the sending school, the host.</summary>
internal enum LearningAgreementParty
{
    Participant,
    SendingSchool,
    Host,
}
