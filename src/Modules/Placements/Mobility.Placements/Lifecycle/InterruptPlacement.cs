using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.Lifecycle;

/// <summary>Ends a placement under way before its planned end; <see cref="LastDay"/> is the last day abroad.</summary>
internal sealed record InterruptPlacement(Guid PlacementId, DateOnly LastDay, string Reason, bool ForceMajeure) : IRequest<Unit>;

internal sealed class InterruptPlacementValidator : AbstractValidator<InterruptPlacement>
{
    public InterruptPlacementValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(1000);
    }
}

internal sealed class InterruptPlacementHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<InterruptPlacement, Unit>
{
    public async Task<Unit> Handle(InterruptPlacement request, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(request.PlacementId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        placement.Interrupt(request.LastDay, request.Reason, request.ForceMajeure, now);
        db.Publish(PlacementEvents.Interrupted(placement, Guid.CreateVersion7(), now));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class InterruptPlacementAuthorizer(PlacementsDbContext db) : IAuthorizer<InterruptPlacement>
{
    public Task AuthorizeAsync(InterruptPlacement request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesPlacementAsync(viewer, request.PlacementId, "interrupt it", cancellationToken);
    }
}
