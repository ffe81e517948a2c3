using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.FollowUps;

/// <summary>The final debriefing; for an apprentice it involves the employer at home unless a follow-up already did.</summary>
internal sealed record RecordDebriefing(Guid PlacementId, DateOnly HeldOn, string HeldBy, string Notes, bool WithSendingEmployer = false)
    : IRequest<Guid>;

internal sealed class RecordDebriefingValidator : AbstractValidator<RecordDebriefing>
{
    public RecordDebriefingValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.HeldBy).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Notes).MaximumLength(4000);
    }
}

internal sealed class RecordDebriefingHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<RecordDebriefing, Guid>
{
    public async Task<Guid> Handle(RecordDebriefing request, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(request.PlacementId, cancellationToken);
        var debriefing = placement.RecordDebriefing(
            Guid.CreateVersion7(), request.HeldOn, request.HeldBy, request.WithSendingEmployer,
            await db.HasSendingCompanyAsync(placement, cancellationToken), request.Notes, clock.GetUtcNow().UtcDateTime);
        db.Add(debriefing);
        await db.SaveChangesAsync(cancellationToken);
        return debriefing.Id;
    }
}

internal sealed class RecordDebriefingAuthorizer(PlacementsDbContext db) : IAuthorizer<RecordDebriefing>
{
    public Task AuthorizeAsync(RecordDebriefing request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesPlacementAsync(viewer, request.PlacementId, "record its debriefing", cancellationToken);
    }
}
