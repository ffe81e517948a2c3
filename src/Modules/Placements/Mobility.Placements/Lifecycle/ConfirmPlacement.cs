using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.Lifecycle;

internal sealed record ConfirmPlacement(Guid PlacementId) : IRequest<Unit>;

internal sealed class ConfirmPlacementValidator : AbstractValidator<ConfirmPlacement>
{
    public ConfirmPlacementValidator() => RuleFor(r => r.PlacementId).NotEmpty();
}

internal sealed class ConfirmPlacementHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<ConfirmPlacement, Unit>
{
    public async Task<Unit> Handle(ConfirmPlacement request, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(request.PlacementId, cancellationToken);
        var company = placement.LearnerId is { } learner
            ? await db.SendingCompanies.SingleOrDefaultAsync(c => c.LearnerId == learner, cancellationToken)
            : null;
        var group = placement.PlacementGroupId is { } groupId
            ? await db.PlacementGroups.Include(g => g.AccompanyingPersons).SingleAsync(g => g.Id == groupId, cancellationToken)
            : null;
        var now = clock.GetUtcNow().UtcDateTime;
        placement.Confirm(company, group, now);
        db.Publish(PlacementEvents.Confirmed(placement, Guid.CreateVersion7(), now));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class ConfirmPlacementAuthorizer(PlacementsDbContext db) : IAuthorizer<ConfirmPlacement>
{
    public Task AuthorizeAsync(ConfirmPlacement request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesPlacementAsync(viewer, request.PlacementId, "confirm it", cancellationToken);
    }
}
