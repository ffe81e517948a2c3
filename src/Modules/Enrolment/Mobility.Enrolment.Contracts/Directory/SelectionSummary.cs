namespace Mobility.Enrolment.Contracts.Directory;

public sealed record SelectionSummary(Guid ApplicationId, Guid CallId, Guid LearnerId, decimal WeightedScore);
