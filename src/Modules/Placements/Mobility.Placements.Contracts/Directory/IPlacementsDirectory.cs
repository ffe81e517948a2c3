namespace Mobility.Placements.Contracts.Directory;

/// <summary>
/// What other modules may read from Placements. Batch methods (for DataLoaders); unknown IDs are simply absent
/// from the result. Never writes.
/// </summary>
public interface IPlacementsDirectory
{
    Task<IReadOnlyList<PlacementSummary>> GetPlacementsAsync(IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken);

    /// <summary>Every placement of the given learners, in any status, earliest first.</summary>
    Task<IReadOnlyList<PlacementSummary>> GetPlacementsOfLearnersAsync(
        IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken);

    /// <summary>Every placement of the given staff members, in any status, earliest first.</summary>
    Task<IReadOnlyList<PlacementSummary>> GetPlacementsOfStaffMembersAsync(
        IReadOnlyCollection<Guid> staffMemberIds, CancellationToken cancellationToken);

    /// <summary>Every outgoing placement sent by the given organisations, in any status, earliest first.</summary>
    Task<IReadOnlyList<PlacementSummary>> GetPlacementsSentByAsync(
        IReadOnlyCollection<Guid> sendingOrganisationIds, CancellationToken cancellationToken);

    /// <summary>The host tutors of the given placements (e-mails lower-case); placements without one are absent.</summary>
    Task<IReadOnlyList<HostTutorSummary>> GetHostTutorsAsync(IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<HostOrganisationSummary>> GetHostOrganisationsAsync(
        IReadOnlyCollection<Guid> hostOrganisationIds, CancellationToken cancellationToken);

    /// <summary>The current learning-agreement version of each given placement that has one.</summary>
    Task<IReadOnlyList<LearningAgreementSummary>> GetLearningAgreementsAsync(
        IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken);
}
