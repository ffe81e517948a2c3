using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.GraphQL;

namespace Mobility.Placements.Scoping;

/// <summary>
/// The nodes of one kind the viewer may see, as a query the GraphQL data layer then filters, sorts, pages and
/// projects. The scope is applied here, in the use case, so every caller gets the same boundary.
/// </summary>
internal sealed record ListVisiblePlacements : IRequest<IQueryable<PlacementNode>>;

internal sealed record ListVisibleHostOrganisations : IRequest<IQueryable<HostOrganisationNode>>;

internal sealed record ListVisibleSendingCompanies : IRequest<IQueryable<SendingCompanyNode>>;

internal sealed class VisiblePlacementsHandler(PlacementsDbContext db, Viewer viewer) : IRequestHandler<ListVisiblePlacements, IQueryable<PlacementNode>>
{
    public Task<IQueryable<PlacementNode>> Handle(ListVisiblePlacements request, CancellationToken cancellationToken)
        => Task.FromResult(PlacementsNodes.Placements(db.VisiblePlacements(viewer), db, PlacementsScope.SeesHostContacts(viewer)));
}

internal sealed class VisibleHostOrganisationsHandler(PlacementsDbContext db, Viewer viewer)
    : IRequestHandler<ListVisibleHostOrganisations, IQueryable<HostOrganisationNode>>
{
    public Task<IQueryable<HostOrganisationNode>> Handle(ListVisibleHostOrganisations request, CancellationToken cancellationToken)
        => Task.FromResult(PlacementsNodes.Hosts(db.VisibleHostOrganisations(viewer), PlacementsScope.SeesHostContacts(viewer)));
}

internal sealed class VisibleSendingCompaniesHandler(PlacementsDbContext db, Viewer viewer)
    : IRequestHandler<ListVisibleSendingCompanies, IQueryable<SendingCompanyNode>>
{
    public Task<IQueryable<SendingCompanyNode>> Handle(ListVisibleSendingCompanies request, CancellationToken cancellationToken)
        => Task.FromResult(PlacementsNodes.SendingCompanies(db.VisibleSendingCompanies(viewer)));
}
