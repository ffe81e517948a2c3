namespace Mobility.Enrolment.Contracts.Directory;

/// <summary>
/// What other modules may read from Enrolment. Batch methods (for DataLoaders); unknown IDs are simply absent
/// from the result. Never writes, and never exposes sensitive learner data.
/// </summary>
public interface IEnrolmentDirectory
{
    Task<IReadOnlyList<LearnerSummary>> GetLearnersAsync(IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrganisationSummary>> GetOrganisationsAsync(
        IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffSummary>> GetStaffMembersAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<QualificationSummary>> GetQualificationsAsync(
        IReadOnlyCollection<Guid> qualificationIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConsortiumSummary>> GetConsortiaAsync(
        IReadOnlyCollection<Guid> consortiumIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<MobilityCallSummary>> GetMobilityCallsAsync(
        IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken);

    /// <summary>The selected applications of the given calls: who is going, on which call.</summary>
    Task<IReadOnlyList<SelectionSummary>> GetSelectionsAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken);
}
