using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Contracts;
using Mobility.Recognition.Data;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Recognitions;

/// <summary>
/// The sending school records its decision on a unit: credited toward the qualification, counted in continuous
/// assessment, recorded in the transcript, or not recognised with the reason. A new decision supersedes the last
/// and keeps it in the history. Publishes <see cref="Contracts.Events.UnitRecognitionDecided"/>.
/// </summary>
internal sealed record DecideRecognition(Guid UnitId, RecognitionOutcome Outcome, string? Reason) : IRequest<Guid>;

internal sealed class DecideRecognitionValidator : AbstractValidator<DecideRecognition>
{
    public DecideRecognitionValidator()
    {
        RuleFor(r => r.UnitId).NotEmpty();
        RuleFor(r => r.Outcome).IsInEnum();
        RuleFor(r => r.Reason).MaximumLength(1000);
    }
}

internal sealed class DecideRecognitionHandler(RecognitionDbContext db, RecognitionSchemeCatalogue schemes, Viewer viewer, TimeProvider clock)
    : IRequestHandler<DecideRecognition, Guid>
{
    public async Task<Guid> Handle(DecideRecognition request, CancellationToken cancellationToken)
    {
        var recognition = viewer.RequireVisible(await db.LoadRecognitionOfUnitAsync(request.UnitId, cancellationToken));
        var unit = recognition.Unit(request.UnitId);
        var now = clock.GetUtcNow().UtcDateTime;
        var decision = recognition.Decide(
            Guid.CreateVersion7(), request.UnitId, request.Outcome, request.Reason, viewer.Actor(), viewer.UserId, now, schemes.Get(unit.SchemeCode));
        db.Decisions.Add(decision);
        db.Publish(RecognitionEvents.Decided(recognition, unit, decision, Guid.CreateVersion7()));
        await db.SaveChangesAsync(cancellationToken);
        return decision.Id;
    }
}
