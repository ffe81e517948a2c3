using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.Lifecycle;

internal sealed record StartPlacement(Guid PlacementId) : IRequest<Unit>;

internal sealed class StartPlacementValidator : AbstractValidator<StartPlacement>
{
    public StartPlacementValidator() => RuleFor(r => r.PlacementId).NotEmpty();
}

internal sealed class StartPlacementHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<StartPlacement, Unit>
{
    public async Task<Unit> Handle(StartPlacement request, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(request.PlacementId, cancellationToken);
        placement.Start(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class StartPlacementAuthorizer(PlacementsDbContext db) : IAuthorizer<StartPlacement>
{
    public Task AuthorizeAsync(StartPlacement request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesPlacementAsync(viewer, request.PlacementId, "start it", cancellationToken);
    }
}
