using Mobility.BuildingBlocks.Messaging;

namespace Mobility.Enrolment.Contracts.Events;

/// <summary>
/// A learner withdrew an application. When <see cref="WasSelected"/> is true a place planned for them is freed.
/// </summary>
public sealed record ApplicationWithdrawn(
    Guid EventId,
    DateTime OccurredAt,
    Guid ApplicationId,
    Guid LearnerId,
    Guid CallId,
    Guid ConsortiumId,
    bool WasSelected,
    string Reason) : IIntegrationEvent;
