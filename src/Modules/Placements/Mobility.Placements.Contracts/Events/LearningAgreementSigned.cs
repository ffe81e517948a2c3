using Mobility.BuildingBlocks.Messaging;

namespace Mobility.Placements.Contracts.Events;

/// <summary>
/// A version of a placement's learning agreement now carries all three signatures (participant, sending school,
/// host); <see cref="OccurredAt"/> is the last signature's time.
/// </summary>
public sealed record LearningAgreementSigned(Guid EventId, DateTime OccurredAt, Guid PlacementId, int Version) : IIntegrationEvent;
