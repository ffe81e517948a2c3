using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.Lifecycle;

/// <summary>Calls off a placement that has not started, e.g. for force majeure (the 2020 pandemic).</summary>
internal sealed record CancelPlacement(Guid PlacementId, string Reason, bool ForceMajeure) : IRequest<Unit>;

internal sealed class CancelPlacementValidator : AbstractValidator<CancelPlacement>
{
    public CancelPlacementValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(1000);
    }
}

internal sealed class CancelPlacementHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<CancelPlacement, Unit>
{
    public async Task<Unit> Handle(CancelPlacement request, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(request.PlacementId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        placement.Cancel(request.Reason, request.ForceMajeure, now);
        db.Publish(PlacementEvents.Cancelled(placement, Guid.CreateVersion7(), now));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class CancelPlacementAuthorizer(PlacementsDbContext db) : IAuthorizer<CancelPlacement>
{
    public Task AuthorizeAsync(CancelPlacement request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesPlacementAsync(viewer, request.PlacementId, "cancel it", cancellationToken);
    }
}
