namespace Mobility.Placements.Lifecycle;

/// <summary>Who goes abroad (a learner or a staff member) and the member organisation that sends them.</summary>
internal sealed record OutgoingParticipant(Guid? LearnerId, Guid? StaffMemberId, Guid SendingOrganisationId, Guid? SelectionApplicationId);
