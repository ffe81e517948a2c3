using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.Placements.Data;

namespace Mobility.Placements.Lifecycle;

internal static class PlacementLoading
{
    /// <summary>Loads a placement with its learning-agreement versions (and their objectives) and its follow-ups.</summary>
    public static async Task<Placement> LoadPlacementAsync(this PlacementsDbContext db, Guid placementId, CancellationToken cancellationToken)
        => await WithChildren(db.Placements).SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken)
            ?? throw new NotFoundException(nameof(Placement), placementId);

    public static IQueryable<Placement> WithChildren(IQueryable<Placement> placements)
        => placements.Include(p => p.LearningAgreements).ThenInclude(v => v.Objectives).Include(p => p.FollowUps).AsSplitQuery();

    public static async Task<bool> HasSendingCompanyAsync(this PlacementsDbContext db, Placement placement, CancellationToken cancellationToken)
        => placement.LearnerId is { } learner && await db.SendingCompanies.AnyAsync(c => c.LearnerId == learner, cancellationToken);
}
