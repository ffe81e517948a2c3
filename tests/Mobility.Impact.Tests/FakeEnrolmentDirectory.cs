using Mobility.Enrolment.Contracts.Directory;

namespace Mobility.Impact.Tests;

/// <summary>Stands in for Enrolment's directory: the learners, qualifications and staff a scenario names.</summary>
internal sealed class FakeEnrolmentDirectory : IEnrolmentDirectory
{
    private readonly Dictionary<Guid, LearnerSummary> _learners = [];
    private readonly Dictionary<Guid, QualificationSummary> _qualifications = [];
    private readonly Dictionary<Guid, StaffSummary> _staff = [];
    private readonly Dictionary<Guid, OrganisationSummary> _organisations = [];
    private readonly Dictionary<Guid, ConsortiumSummary> _consortia = [];

    public Guid AddQualification(string level, int eqf, string name)
    {
        var id = Guid.NewGuid();
        _qualifications[id] = new QualificationSummary(id, name, level, "FR", eqf, "1013", []);
        return id;
    }

    public Guid AddSchool(string name)
    {
        var id = Guid.NewGuid();
        _organisations[id] = new OrganisationSummary(id, name, "VocationalSchool", "FR", "Paris", null, null, []);
        return id;
    }

    public Guid AddConsortium(string name, params Guid[] members)
    {
        var id = Guid.NewGuid();
        _consortia[id] = new ConsortiumSummary(id, name, "2018-1-FR01-KA116-000000", null, new DateOnly(2018, 9, 1), new DateOnly(2021, 2, 28),
            members[0], members);
        return id;
    }

    public Guid AddLearner(Guid schoolId, Guid qualificationId, string gender, Guid? id = null)
    {
        var learnerId = id ?? Guid.NewGuid();
        _learners[learnerId] = new LearnerSummary(
            learnerId, "Camille", "Martin", null, new DateOnly(2003, 3, 14), gender, "FR", schoolId, qualificationId, 2, true, []);
        return learnerId;
    }

    public Guid AddStaff(Guid organisationId)
    {
        var id = Guid.NewGuid();
        _staff[id] = new StaffSummary(id, "Claire", "Dubois", "claire.dubois@school.example", "Teacher", organisationId);
        return id;
    }

    public Task<IReadOnlyList<LearnerSummary>> GetLearnersAsync(IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<LearnerSummary>>([.. learnerIds.Where(_learners.ContainsKey).Select(i => _learners[i])]);

    public Task<IReadOnlyList<OrganisationSummary>> GetOrganisationsAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<OrganisationSummary>>([.. organisationIds.Where(_organisations.ContainsKey).Select(i => _organisations[i])]);

    public Task<IReadOnlyList<StaffSummary>> GetStaffMembersAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<StaffSummary>>([.. staffIds.Where(_staff.ContainsKey).Select(i => _staff[i])]);

    public Task<IReadOnlyList<QualificationSummary>> GetQualificationsAsync(IReadOnlyCollection<Guid> qualificationIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<QualificationSummary>>([.. qualificationIds.Where(_qualifications.ContainsKey).Select(i => _qualifications[i])]);

    public Task<IReadOnlyList<ConsortiumSummary>> GetConsortiaAsync(IReadOnlyCollection<Guid> consortiumIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<ConsortiumSummary>>([.. consortiumIds.Where(_consortia.ContainsKey).Select(i => _consortia[i])]);

    public Task<IReadOnlyList<MobilityCallSummary>> GetMobilityCallsAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<MobilityCallSummary>>([]);

    public Task<IReadOnlyList<SelectionSummary>> GetSelectionsAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<SelectionSummary>>([]);
}
