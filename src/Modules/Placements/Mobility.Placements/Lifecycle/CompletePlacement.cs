using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.Lifecycle;

internal sealed record CompletePlacement(Guid PlacementId) : IRequest<Unit>;

internal sealed class CompletePlacementValidator : AbstractValidator<CompletePlacement>
{
    public CompletePlacementValidator() => RuleFor(r => r.PlacementId).NotEmpty();
}

internal sealed class CompletePlacementHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<CompletePlacement, Unit>
{
    public async Task<Unit> Handle(CompletePlacement request, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(request.PlacementId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        placement.Complete(now);
        var host = placement.HostOrganisationId is { } hostId ? await db.HostOrganisations.FindAsync([hostId], cancellationToken) : null;
        db.Publish(PlacementEvents.Completed(placement, host?.Sector, Guid.CreateVersion7(), now));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class CompletePlacementAuthorizer(PlacementsDbContext db) : IAuthorizer<CompletePlacement>
{
    public Task AuthorizeAsync(CompletePlacement request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesPlacementAsync(viewer, request.PlacementId, "complete it", cancellationToken);
    }
}
