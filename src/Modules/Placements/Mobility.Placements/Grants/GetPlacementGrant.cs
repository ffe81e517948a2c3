using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.Grants;

/// <summary>The grant last computed for a placement.</summary>
internal sealed record GetPlacementGrant(Guid PlacementId) : IRequest<GrantBreakdown>;

internal sealed class GetPlacementGrantHandler(PlacementsDbContext db, Viewer viewer) : IRequestHandler<GetPlacementGrant, GrantBreakdown>
{
    public async Task<GrantBreakdown> Handle(GetPlacementGrant request, CancellationToken cancellationToken)
        => (await db.PlacementGrants.Where(g => db.VisiblePlacements(viewer).Any(p => p.Id == g.PlacementId)).AsNoTracking().Include(g => g.Lines)
                .SingleOrDefaultAsync(g => g.PlacementId == request.PlacementId, cancellationToken)
            ?? throw new NotFoundException(nameof(PlacementGrant), request.PlacementId)).ToBreakdown();
}
