using Mobility.BuildingBlocks.Messaging;

namespace Mobility.Placements.Contracts.Events;

/// <summary>A placement stopped early; <see cref="DaysCompleted"/> counts the days spent abroad.</summary>
public sealed record PlacementInterrupted(
    Guid EventId,
    DateTime OccurredAt,
    Guid PlacementId,
    PlacementKind Kind,
    Guid? LearnerId,
    Guid? StaffMemberId,
    DateOnly StartsOn,
    DateOnly PlannedEndsOn,
    DateOnly InterruptedOn,
    int DaysCompleted,
    string DestinationCountry,
    string Reason,
    bool ForceMajeure) : IIntegrationEvent;
