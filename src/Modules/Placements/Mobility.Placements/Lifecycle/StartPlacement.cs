using FluentValidation;
using MediatR;
using Mobility.Placements.Data;

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
