namespace Mobility.Placements.Contracts.Directory;

/// <summary>
/// A placement as other modules see it. Countries are ISO 3166-1 (GR and GB, not EL and UK). For an incoming
/// placement <see cref="HostSchoolId"/> is the member school and the participant is named in
/// <see cref="IncomingParticipantName"/>.
/// </summary>
public sealed record PlacementSummary(
    Guid Id,
    PlacementKind Kind,
    PlacementDirection Direction,
    PlacementStatus Status,
    int CallYear,
    Guid? LearnerId,
    Guid? StaffMemberId,
    string? IncomingParticipantName,
    Guid? SendingOrganisationId,
    Guid? HostOrganisationId,
    Guid? HostSchoolId,
    Guid? PlacementGroupId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int DurationDays,
    string OriginCity,
    string OriginCountry,
    string DestinationCity,
    string DestinationCountry,
    string? HostTutorName);
