using Mobility.BuildingBlocks.Messaging;

namespace Mobility.Enrolment.Contracts.Events;

/// <summary>A learner was selected on a mobility call: a placement can now be organised for them.</summary>
public sealed record ApplicationSelected(
    Guid EventId,
    DateTime OccurredAt,
    Guid ApplicationId,
    Guid LearnerId,
    Guid CallId,
    Guid ConsortiumId,
    Guid SchoolId,
    DateOnly MobilityStartsOn,
    DateOnly MobilityEndsOn,
    decimal WeightedScore) : IIntegrationEvent;
