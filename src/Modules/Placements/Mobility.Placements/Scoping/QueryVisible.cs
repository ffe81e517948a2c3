using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.GraphQL;

namespace Mobility.Placements.Scoping;

/// <summary>
/// The nodes of one kind the viewer may see, as a query the GraphQL data layer then filters, sorts, pages and
/// projects. The scope is applied here, in the use case, so every caller gets the same boundary.
/// </summary>
/// <typeparam name="TNode">PlacementNode, HostOrganisationNode or SendingCompanyNode.</typeparam>
internal sealed record QueryVisible<TNode> : IRequest<IQueryable<TNode>>;

internal sealed class VisiblePlacementsHandler(PlacementsDbContext db, Viewer viewer) : IRequestHandler<QueryVisible<PlacementNode>, IQueryable<PlacementNode>>
{
    public Task<IQueryable<PlacementNode>> Handle(QueryVisible<PlacementNode> request, CancellationToken cancellationToken)
        => Task.FromResult(PlacementsNodes.Placements(db.VisiblePlacements(viewer), db, PlacementsScope.SeesHostContacts(viewer)));
}

internal sealed class VisibleHostOrganisationsHandler(PlacementsDbContext db, Viewer viewer)
    : IRequestHandler<QueryVisible<HostOrganisationNode>, IQueryable<HostOrganisationNode>>
{
    public Task<IQueryable<HostOrganisationNode>> Handle(QueryVisible<HostOrganisationNode> request, CancellationToken cancellationToken)
        => Task.FromResult(PlacementsNodes.Hosts(db.VisibleHostOrganisations(viewer), PlacementsScope.SeesHostContacts(viewer)));
}

internal sealed class VisibleSendingCompaniesHandler(PlacementsDbContext db, Viewer viewer)
    : IRequestHandler<QueryVisible<SendingCompanyNode>, IQueryable<SendingCompanyNode>>
{
    public Task<IQueryable<SendingCompanyNode>> Handle(QueryVisible<SendingCompanyNode> request, CancellationToken cancellationToken)
        => Task.FromResult(PlacementsNodes.SendingCompanies(db.VisibleSendingCompanies(viewer)));
}
