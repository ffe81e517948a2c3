using Mobility.BuildingBlocks.Messaging;

namespace Mobility.Placements.Contracts.Events;

/// <summary>A placement was called off before it started.</summary>
public sealed record PlacementCancelled(
    Guid EventId,
    DateTime OccurredAt,
    Guid PlacementId,
    PlacementKind Kind,
    Guid? LearnerId,
    Guid? StaffMemberId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string DestinationCountry,
    string Reason,
    bool ForceMajeure) : IIntegrationEvent;
