using Mobility.BuildingBlocks.Messaging;

namespace Mobility.Placements.Contracts.Events;

/// <summary>A placement has a host tutor, a signed learning agreement and, for apprentices, the employer's agreement.</summary>
public sealed record PlacementConfirmed(
    Guid EventId,
    DateTime OccurredAt,
    Guid PlacementId,
    PlacementKind Kind,
    PlacementDirection Direction,
    Guid? LearnerId,
    Guid? StaffMemberId,
    Guid? SendingOrganisationId,
    Guid? HostOrganisationId,
    Guid? HostSchoolId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string DestinationCountry) : IIntegrationEvent;
