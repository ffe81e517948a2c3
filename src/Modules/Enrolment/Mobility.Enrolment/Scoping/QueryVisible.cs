using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.GraphQL;

namespace Mobility.Enrolment.Scoping;

/// <summary>
/// The nodes of one kind the viewer may see, as a query the GraphQL data layer then filters, sorts, pages and
/// projects. The scope is applied here, in the use case, so every caller gets the same boundary.
/// </summary>
/// <typeparam name="TNode">LearnerNode, StaffMemberNode, OrganisationNode, MobilityCallNode or ApplicationNode.</typeparam>
internal sealed record QueryVisible<TNode> : IRequest<IQueryable<TNode>>;

internal sealed class VisibleLearnersHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<QueryVisible<LearnerNode>, IQueryable<LearnerNode>>
{
    public Task<IQueryable<LearnerNode>> Handle(QueryVisible<LearnerNode> request, CancellationToken cancellationToken)
        => Task.FromResult(EnrolmentNodes.Learners(db.VisibleLearners(viewer), db));
}

internal sealed class VisibleStaffHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<QueryVisible<StaffMemberNode>, IQueryable<StaffMemberNode>>
{
    public Task<IQueryable<StaffMemberNode>> Handle(QueryVisible<StaffMemberNode> request, CancellationToken cancellationToken)
        => Task.FromResult(EnrolmentNodes.Staff(db.VisibleStaff(viewer), db));
}

internal sealed class VisibleOrganisationsHandler(EnrolmentDbContext db, Viewer viewer)
    : IRequestHandler<QueryVisible<OrganisationNode>, IQueryable<OrganisationNode>>
{
    public Task<IQueryable<OrganisationNode>> Handle(QueryVisible<OrganisationNode> request, CancellationToken cancellationToken)
        => Task.FromResult(EnrolmentNodes.Organisations(db.VisibleOrganisations(viewer)));
}

internal sealed class VisibleCallsHandler(EnrolmentDbContext db, Viewer viewer) : IRequestHandler<QueryVisible<MobilityCallNode>, IQueryable<MobilityCallNode>>
{
    public Task<IQueryable<MobilityCallNode>> Handle(QueryVisible<MobilityCallNode> request, CancellationToken cancellationToken)
        => Task.FromResult(EnrolmentNodes.Calls(db.VisibleCalls(viewer)));
}

internal sealed class VisibleApplicationsHandler(EnrolmentDbContext db, Viewer viewer)
    : IRequestHandler<QueryVisible<ApplicationNode>, IQueryable<ApplicationNode>>
{
    public Task<IQueryable<ApplicationNode>> Handle(QueryVisible<ApplicationNode> request, CancellationToken cancellationToken)
        => Task.FromResult(EnrolmentNodes.Applications(db.VisibleApplications(viewer), db));
}
