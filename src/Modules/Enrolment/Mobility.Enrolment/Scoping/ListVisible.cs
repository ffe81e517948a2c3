using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.GraphQL;

namespace Mobility.Enrolment.Scoping;

/// <summary>
/// The nodes of one kind the viewer may see, as a query the GraphQL data layer then filters, sorts, pages and
/// projects. The scope is applied here, in the use case, so every caller gets the same boundary.
/// </summary>
internal sealed record ListVisibleLearners : IRequest<IQueryable<LearnerNode>>;

internal sealed record ListVisibleStaff : IRequest<IQueryable<StaffMemberNode>>;

internal sealed record ListVisibleOrganisations : IRequest<IQueryable<OrganisationNode>>;

internal sealed record ListVisibleCalls : IRequest<IQueryable<MobilityCallNode>>;

internal sealed record ListVisibleApplications : IRequest<IQueryable<ApplicationNode>>;

internal sealed class VisibleLearnersHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<ListVisibleLearners, IQueryable<LearnerNode>>
{
    public Task<IQueryable<LearnerNode>> Handle(ListVisibleLearners request, CancellationToken cancellationToken)
        => Task.FromResult(EnrolmentNodes.Learners(db.VisibleLearners(viewer), db));
}

internal sealed class VisibleStaffHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<ListVisibleStaff, IQueryable<StaffMemberNode>>
{
    public Task<IQueryable<StaffMemberNode>> Handle(ListVisibleStaff request, CancellationToken cancellationToken)
        => Task.FromResult(EnrolmentNodes.Staff(db.VisibleStaff(viewer), db));
}

internal sealed class VisibleOrganisationsHandler(EnrolmentDbContext db, Viewer viewer)
    : IRequestHandler<ListVisibleOrganisations, IQueryable<OrganisationNode>>
{
    public Task<IQueryable<OrganisationNode>> Handle(ListVisibleOrganisations request, CancellationToken cancellationToken)
        => Task.FromResult(EnrolmentNodes.Organisations(db.VisibleOrganisations(viewer)));
}

internal sealed class VisibleCallsHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<ListVisibleCalls, IQueryable<MobilityCallNode>>
{
    public Task<IQueryable<MobilityCallNode>> Handle(ListVisibleCalls request, CancellationToken cancellationToken)
        => Task.FromResult(EnrolmentNodes.Calls(db.VisibleCalls(viewer)));
}

internal sealed class VisibleApplicationsHandler(EnrolmentDbContext db, Viewer viewer)
    : IRequestHandler<ListVisibleApplications, IQueryable<ApplicationNode>>
{
    public Task<IQueryable<ApplicationNode>> Handle(ListVisibleApplications request, CancellationToken cancellationToken)
        => Task.FromResult(EnrolmentNodes.Applications(db.VisibleApplications(viewer), db));
}
