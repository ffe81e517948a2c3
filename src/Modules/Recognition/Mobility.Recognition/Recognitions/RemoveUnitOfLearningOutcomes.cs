using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Contracts.Directory;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.Recognitions;

/// <summary>Withdraws a proposed unit before departure; an agreed one stays (the learning agreement is revised instead).</summary>
internal sealed record RemoveUnitOfLearningOutcomes(Guid UnitId) : IRequest<Unit>;

internal sealed class RemoveUnitOfLearningOutcomesValidator : AbstractValidator<RemoveUnitOfLearningOutcomes>
{
    public RemoveUnitOfLearningOutcomesValidator() => RuleFor(r => r.UnitId).NotEmpty();
}

internal sealed class RemoveUnitOfLearningOutcomesHandler(RecognitionDbContext db, IPlacementsDirectory placements, Viewer viewer)
    : IRequestHandler<RemoveUnitOfLearningOutcomes, Unit>
{
    public async Task<Unit> Handle(RemoveUnitOfLearningOutcomes request, CancellationToken cancellationToken)
    {
        var recognition = viewer.RequireVisible(await db.LoadRecognitionOfUnitAsync(request.UnitId, cancellationToken));
        var placement = await placements.LearnerPlacementAsync(recognition.PlacementId, cancellationToken);
        var unit = recognition.Unit(request.UnitId);
        recognition.RemoveUnit(request.UnitId, placement.Status);
        db.Units.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
