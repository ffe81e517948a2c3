using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Placements.Contracts;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.Lifecycle;

/// <summary>Placements earliest first, optionally of one status, one learner or one host.</summary>
internal sealed record ListPlacements(PlacementStatus? Status = null, Guid? LearnerId = null, Guid? HostOrganisationId = null)
    : IRequest<IReadOnlyList<Placement>>;

internal sealed class ListPlacementsValidator : AbstractValidator<ListPlacements>
{
    public ListPlacementsValidator() => RuleFor(r => r.Status).IsInEnum();
}

internal sealed class ListPlacementsHandler(PlacementsDbContext db, Viewer viewer) : IRequestHandler<ListPlacements, IReadOnlyList<Placement>>
{
    public async Task<IReadOnlyList<Placement>> Handle(ListPlacements request, CancellationToken cancellationToken)
    {
        var placements = db.VisiblePlacements(viewer).AsNoTracking();
        if (request.Status is { } status)
        {
            placements = placements.Where(p => p.Status == status);
        }

        if (request.LearnerId is { } learner)
        {
            placements = placements.Where(p => p.LearnerId == learner);
        }

        if (request.HostOrganisationId is { } host)
        {
            placements = placements.Where(p => p.HostOrganisationId == host);
        }

        return await placements.OrderBy(p => p.StartsOn).ThenBy(p => p.Id).ToListAsync(cancellationToken);
    }
}
