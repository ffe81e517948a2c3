using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Data;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Recognitions;

/// <summary>The sending school's own part of a unit, when its scheme has one (the UFM's part 2, within three months of return).</summary>
internal sealed record RecordSchoolAssessment(Guid UnitId, string Level, decimal? Mark, string? Comment, DateOnly HeldOn) : IRequest<Unit>;

internal sealed class RecordSchoolAssessmentValidator : AbstractValidator<RecordSchoolAssessment>
{
    public RecordSchoolAssessmentValidator()
    {
        RuleFor(r => r.UnitId).NotEmpty();
        RuleFor(r => r.Level).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Comment).MaximumLength(2000);
    }
}

internal sealed class RecordSchoolAssessmentHandler(RecognitionDbContext db, RecognitionSchemeCatalogue schemes, Viewer viewer, TimeProvider clock)
    : IRequestHandler<RecordSchoolAssessment, Unit>
{
    public async Task<Unit> Handle(RecordSchoolAssessment request, CancellationToken cancellationToken)
    {
        var recognition = viewer.RequireVisible(await db.LoadRecognitionOfUnitAsync(request.UnitId, cancellationToken));
        var unit = recognition.Unit(request.UnitId);
        recognition.RecordSchoolPart(request.UnitId, request.Level, request.Mark, request.Comment, request.HeldOn, viewer.Actor(),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), schemes.Get(unit.SchemeCode));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
