using Mobility.Enrolment.Contracts.Directory;

namespace Mobility.Placements.Tests;

/// <summary>Stands in for Enrolment's directory so scenarios can name organisations, learners and staff freely.</summary>
internal sealed class FakeEnrolmentDirectory : IEnrolmentDirectory
{
    private readonly Dictionary<Guid, OrganisationSummary> _organisations = [];
    private readonly Dictionary<Guid, LearnerSummary> _learners = [];
    private readonly Dictionary<Guid, StaffSummary> _staff = [];

    public Guid AddSchool(string name, string city = "Paris", string country = "FR")
    {
        var id = Guid.NewGuid();
        _organisations[id] = new OrganisationSummary(id, name, "VocationalSchool", country, city, null, null, []);
        return id;
    }

    public Guid AddLearner(Guid schoolId, string firstName = "Camille")
    {
        var id = Guid.NewGuid();
        _learners[id] = new LearnerSummary(id, firstName, "Martin", null, new DateOnly(2008, 3, 14), "Female", "FR", schoolId, Guid.NewGuid(), 2, true, []);
        return id;
    }

    public Guid AddStaff(Guid organisationId, string lastName = "Dubois")
    {
        var id = Guid.NewGuid();
        _staff[id] = new StaffSummary(id, "Claire", lastName, $"{lastName.ToLowerInvariant()}@school.example", "Teacher", organisationId);
        return id;
    }

    public Task<IReadOnlyList<LearnerSummary>> GetLearnersAsync(IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<LearnerSummary>>([.. learnerIds.Where(_learners.ContainsKey).Select(i => _learners[i])]);

    public Task<IReadOnlyList<OrganisationSummary>> GetOrganisationsAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<OrganisationSummary>>([.. organisationIds.Where(_organisations.ContainsKey).Select(i => _organisations[i])]);

    public Task<IReadOnlyList<StaffSummary>> GetStaffMembersAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<StaffSummary>>([.. staffIds.Where(_staff.ContainsKey).Select(i => _staff[i])]);

    public Task<IReadOnlyList<QualificationSummary>> GetQualificationsAsync(IReadOnlyCollection<Guid> qualificationIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<QualificationSummary>>([]);

    public Task<IReadOnlyList<ConsortiumSummary>> GetConsortiaAsync(IReadOnlyCollection<Guid> consortiumIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<ConsortiumSummary>>([]);

    public Task<IReadOnlyList<MobilityCallSummary>> GetMobilityCallsAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<MobilityCallSummary>>([]);

    public Task<IReadOnlyList<SelectionSummary>> GetSelectionsAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<SelectionSummary>>([]);
}
