using Mobility.BuildingBlocks.Messaging;

namespace Mobility.Placements.Contracts.Events;

/// <summary>
/// A placement ran to its end. Carries what impact statistics need without calling back: dates, duration,
/// countries (ISO 3166-1), kind, direction and the host's sector.
/// </summary>
public sealed record PlacementCompleted(
    Guid EventId,
    DateTime OccurredAt,
    Guid PlacementId,
    PlacementKind Kind,
    PlacementDirection Direction,
    int CallYear,
    Guid? LearnerId,
    Guid? StaffMemberId,
    Guid? SendingOrganisationId,
    Guid? HostOrganisationId,
    Guid? HostSchoolId,
    Guid? PlacementGroupId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int DurationDays,
    string OriginCountry,
    string DestinationCountry,
    string DestinationCity,
    string? HostSector) : IIntegrationEvent;
