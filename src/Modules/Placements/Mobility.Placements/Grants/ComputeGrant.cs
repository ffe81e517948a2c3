using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Contracts;
using Mobility.Placements.Data;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.Grants;

/// <summary>
/// Computes (or recomputes) a placement's grant with its call year's rates and stores the breakdown. The
/// coordinator says how the participant travels, how many travel days are claimed and whether they have fewer
/// opportunities (Enrolment does not share that flag).
/// </summary>
internal sealed record ComputeGrant(Guid PlacementId, bool GreenTravel, int TravelDays, bool FewerOpportunities) : IRequest<GrantBreakdown>;

internal sealed class ComputeGrantValidator : AbstractValidator<ComputeGrant>
{
    public ComputeGrantValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.TravelDays).GreaterThanOrEqualTo(0);
    }
}

internal sealed class ComputeGrantHandler(PlacementsDbContext db, GrantRatesCatalogue rates, TimeProvider clock)
    : IRequestHandler<ComputeGrant, GrantBreakdown>
{
    public async Task<GrantBreakdown> Handle(ComputeGrant request, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.FindAsync([request.PlacementId], cancellationToken)
            ?? throw new NotFoundException(nameof(Placement), request.PlacementId);
        Rule.Require(placement.Status != PlacementStatus.Cancelled, "PLACEMENT_CANCELLED_NO_GRANT",
            "A cancelled placement receives no unit-cost grant.");
        var input = new GrantInput(
            placement.Kind.IsForStaff() || placement.Kind == PlacementKind.InvitedExpert ? GrantParticipant.Staff : GrantParticipant.Learner,
            placement.Origin.Point, placement.Destination.Point, placement.DestinationCountry, placement.ActivityDays,
            request.GreenTravel, request.TravelDays, request.FewerOpportunities, await ParticipantNumberAsync(placement, cancellationToken));
        var breakdown = GrantCalculator.Compute(input, rates.For(placement.CallYear));

        var previous = await db.PlacementGrants.Include(g => g.Lines).SingleOrDefaultAsync(g => g.PlacementId == placement.Id, cancellationToken);
        if (previous is not null)
        {
            db.PlacementGrants.Remove(previous);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.PlacementGrants.Add(new PlacementGrant(placement.Id, input, breakdown, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return breakdown;
    }

    /// <summary>Rank among the call year's placements that are not cancelled, in planning order.</summary>
    private async Task<int> ParticipantNumberAsync(Placement placement, CancellationToken cancellationToken)
    {
        var sameYear = await db.Placements.AsNoTracking()
            .Where(p => p.CallYear == placement.CallYear && p.Status != PlacementStatus.Cancelled)
            .Select(p => new { p.Id, p.PlannedAt }).ToListAsync(cancellationToken);
        return sameYear.Count(p => p.PlannedAt < placement.PlannedAt || (p.PlannedAt == placement.PlannedAt && p.Id.CompareTo(placement.Id) < 0)) + 1;
    }
}

internal sealed class ComputeGrantAuthorizer(PlacementsDbContext db) : IAuthorizer<ComputeGrant>
{
    public Task AuthorizeAsync(ComputeGrant request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesPlacementAsync(viewer, request.PlacementId, "compute its grant", cancellationToken);
    }
}
