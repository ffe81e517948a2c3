using Mobility.Placements.Contracts.Directory;

namespace Mobility.Impact.Tests;

/// <summary>Placements' directory for scenarios that run Impact alone: it knows no placement.</summary>
internal sealed class FakePlacementsDirectory : IPlacementsDirectory
{
    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsAsync(IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<PlacementSummary>>([]);

    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsOfLearnersAsync(IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<PlacementSummary>>([]);

    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsOfStaffMembersAsync(IReadOnlyCollection<Guid> staffMemberIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<PlacementSummary>>([]);

    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsSentByAsync(IReadOnlyCollection<Guid> sendingOrganisationIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<PlacementSummary>>([]);

    public Task<IReadOnlyList<HostOrganisationSummary>> GetHostOrganisationsAsync(IReadOnlyCollection<Guid> hostOrganisationIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<HostOrganisationSummary>>([]);
}
