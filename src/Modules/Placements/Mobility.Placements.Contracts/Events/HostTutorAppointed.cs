using Mobility.BuildingBlocks.Messaging;

namespace Mobility.Placements.Contracts.Events;

/// <summary>A host tutor was appointed (or replaced) on a placement; <see cref="Email"/> is lower-case.</summary>
public sealed record HostTutorAppointed(
    Guid EventId,
    DateTime OccurredAt,
    Guid PlacementId,
    string Name,
    string Email,
    string Position) : IIntegrationEvent;
