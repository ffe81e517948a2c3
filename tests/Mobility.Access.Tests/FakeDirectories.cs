using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts.Directory;

namespace Mobility.Access.Tests;

/// <summary>Stands in for Enrolment's directory so module scenarios can name consortia, organisations and people freely.</summary>
internal sealed class FakeEnrolmentDirectory : IEnrolmentDirectory
{
    private readonly Dictionary<Guid, ConsortiumSummary> _consortia = [];
    private readonly Dictionary<Guid, OrganisationSummary> _organisations = [];
    private readonly Dictionary<Guid, LearnerSummary> _learners = [];
    private readonly Dictionary<Guid, StaffSummary> _staff = [];

    public Guid AddOrganisation(string name)
    {
        var id = Guid.NewGuid();
        _organisations[id] = new OrganisationSummary(id, name, "VocationalSchool", "FR", "Paris", null, null, []);
        return id;
    }

    /// <summary>A consortium whose coordinator organisation and member schools are created with it.</summary>
    public (Guid Consortium, Guid Coordinator, IReadOnlyList<Guid> Schools) AddConsortium(string name, int schools)
    {
        var id = Guid.NewGuid();
        var coordinator = AddOrganisation($"{name} coordinator");
        var members = Enumerable.Range(1, schools).Select(n => AddOrganisation($"{name} school {n}")).ToList();
        _consortia[id] = new ConsortiumSummary(id, name, "2018-1-FR01-KA116-047512", null, new DateOnly(2018, 9, 1), new DateOnly(2021, 2, 28), coordinator, [coordinator, .. members]);
        return (id, coordinator, members);
    }

    public Guid AddLearner(Guid schoolId)
    {
        var id = Guid.NewGuid();
        _learners[id] = new LearnerSummary(id, "Camille", "Martin", null, new DateOnly(2003, 3, 14), "Female", "FR", schoolId, Guid.NewGuid(), 2, true, []);
        return id;
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
        => Task.FromResult<IReadOnlyList<QualificationSummary>>([]);

    public Task<IReadOnlyList<ConsortiumSummary>> GetConsortiaAsync(IReadOnlyCollection<Guid> consortiumIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<ConsortiumSummary>>([.. consortiumIds.Where(_consortia.ContainsKey).Select(i => _consortia[i])]);

    public Task<IReadOnlyList<MobilityCallSummary>> GetMobilityCallsAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<MobilityCallSummary>>([]);

    public Task<IReadOnlyList<SelectionSummary>> GetSelectionsAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<SelectionSummary>>([]);
}

/// <summary>Placements with nothing in them; the module scenarios never seed the demo.</summary>
internal sealed class EmptyPlacementsDirectory : IPlacementsDirectory
{
    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsAsync(IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken) => Empty<PlacementSummary>();

    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsOfLearnersAsync(IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken) => Empty<PlacementSummary>();

    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsOfStaffMembersAsync(IReadOnlyCollection<Guid> staffMemberIds, CancellationToken cancellationToken) => Empty<PlacementSummary>();

    public Task<IReadOnlyList<PlacementSummary>> GetPlacementsSentByAsync(IReadOnlyCollection<Guid> sendingOrganisationIds, CancellationToken cancellationToken) => Empty<PlacementSummary>();

    public Task<IReadOnlyList<HostTutorSummary>> GetHostTutorsAsync(IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken) => Empty<HostTutorSummary>();

    public Task<IReadOnlyList<HostOrganisationSummary>> GetHostOrganisationsAsync(IReadOnlyCollection<Guid> hostOrganisationIds, CancellationToken cancellationToken) => Empty<HostOrganisationSummary>();

    public Task<IReadOnlyList<LearningAgreementSummary>> GetLearningAgreementsAsync(IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken) => Empty<LearningAgreementSummary>();

    private static Task<IReadOnlyList<T>> Empty<T>() => Task.FromResult<IReadOnlyList<T>>([]);
}
