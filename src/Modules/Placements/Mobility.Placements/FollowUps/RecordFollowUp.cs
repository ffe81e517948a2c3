using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.FollowUps;

/// <summary>A check-in during the placement between the participant, the host tutor and the sending school.</summary>
internal sealed record RecordFollowUp(Guid PlacementId, DateOnly HeldOn, string HeldBy, string Notes, bool WithSendingEmployer = false)
    : IRequest<Guid>;

internal sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.HeldBy).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Notes).MaximumLength(4000);
    }
}

internal sealed class RecordFollowUpHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<RecordFollowUp, Guid>
{
    public async Task<Guid> Handle(RecordFollowUp request, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(request.PlacementId, cancellationToken);
        var followUp = placement.RecordFollowUp(
            Guid.CreateVersion7(), request.HeldOn, request.HeldBy, request.WithSendingEmployer,
            await db.HasSendingCompanyAsync(placement, cancellationToken), request.Notes, clock.GetUtcNow().UtcDateTime);
        db.Add(followUp);
        await db.SaveChangesAsync(cancellationToken);
        return followUp.Id;
    }
}

internal sealed class RecordFollowUpAuthorizer(PlacementsDbContext db) : IAuthorizer<RecordFollowUp>
{
    public Task AuthorizeAsync(RecordFollowUp request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesOrTutorsPlacementAsync(viewer, request.PlacementId, "record its follow-ups", cancellationToken);
    }
}
