using MediatR;
using Mobility.GraphQL;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.GraphQL;

/// <summary>
/// Placements' Query fields. Each sends one of the module's use cases in the resolver's own scope; the use case
/// applies the viewer's scope, then the data layer filters, sorts, pages and projects in SQL.
/// </summary>
internal sealed class PlacementsQueries
{
    /// <summary>The placements the viewer may see: those their organisations send or host, those they tutor, their own.</summary>
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static Task<IQueryable<PlacementNode>> GetPlacementsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ListVisiblePlacements(), cancellationToken);

    /// <summary>A placement by id, or null when there is none or the viewer may not see it.</summary>
    public static Task<PlacementNode?> GetPlacementAsync([GraphQLDescription("The placement's id.")] [ID("Placement")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        PlacementNode.GetAsync(id, mediator, cancellationToken);

    /// <summary>The host organisations abroad the viewer may see (the whole catalogue for coordinators, school staff and funders).</summary>
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static Task<IQueryable<HostOrganisationNode>> GetHostOrganisationsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ListVisibleHostOrganisations(), cancellationToken);

    /// <summary>A host organisation by id, or null when there is none or the viewer may not see it.</summary>
    public static Task<HostOrganisationNode?> GetHostOrganisationAsync(
        [GraphQLDescription("The host organisation's id.")] [ID("HostOrganisation")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        HostOrganisationNode.GetAsync(id, mediator, cancellationToken);

    /// <summary>The apprentices' employers the viewer may see, with when each was informed and whether it agreed.</summary>
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static Task<IQueryable<SendingCompanyNode>> GetSendingCompaniesAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ListVisibleSendingCompanies(), cancellationToken);

    /// <summary>A sending company by id, or null when there is none or the viewer may not see it.</summary>
    public static Task<SendingCompanyNode?> GetSendingCompanyAsync(
        [GraphQLDescription("The sending company's id.")] [ID("SendingCompany")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        SendingCompanyNode.GetAsync(id, mediator, cancellationToken);
}
