namespace Mobility.Placements.Contracts.Directory;

/// <summary>
/// The person at the host who guides the participant. <see cref="Email"/> is lower-case: a host tutor's user is
/// matched to their placements by it.
/// </summary>
public sealed record HostTutorSummary(Guid PlacementId, string Name, string Email, string Position, DateTime AppointedAt);
