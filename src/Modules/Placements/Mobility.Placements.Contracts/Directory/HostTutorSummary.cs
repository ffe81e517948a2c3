namespace Mobility.Placements.Contracts.Directory;

/// <summary>The host tutor appointed for a placement; a host-tutor user is matched to placements by <see cref="Email"/>.</summary>
public sealed record HostTutorSummary(Guid PlacementId, string Name, string Email, string Position);
