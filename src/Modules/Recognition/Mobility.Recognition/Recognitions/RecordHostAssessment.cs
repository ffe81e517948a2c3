using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Contracts.Directory;
using Mobility.Recognition.Data;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Recognitions;

/// <summary>
/// The host tutor fills in the assessment grid for the placement they tutor, in their own language: how and when it
/// was held, who took part, and a level (and mark, where the scheme gives marks), evidence and comment per agreed
/// unit. Can be saved again until submitted.
/// </summary>
internal sealed record RecordHostAssessment(
    Guid PlacementId, AssessmentMethod Method, DateOnly HeldOn, string Language, bool SendingCompanyTookPart, bool SchoolTeacherTookPart,
    string? OtherParticipants, IReadOnlyList<HostGradeInput> Grades) : IRequest<Unit>;

internal sealed class RecordHostAssessmentValidator : AbstractValidator<RecordHostAssessment>
{
    public RecordHostAssessmentValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.Method).IsInEnum();
        RuleFor(r => r.Language).NotEmpty().Length(2);
        RuleFor(r => r.OtherParticipants).MaximumLength(500);
        RuleFor(r => r.Grades).NotEmpty();
        RuleForEach(r => r.Grades).ChildRules(grade =>
        {
            grade.RuleFor(g => g.UnitId).NotEmpty();
            grade.RuleFor(g => g.Level).NotEmpty().MaximumLength(40);
            grade.RuleFor(g => g.Evidence).MaximumLength(2000);
            grade.RuleFor(g => g.Comment).MaximumLength(2000);
        });
    }
}

internal sealed class RecordHostAssessmentHandler(
    RecognitionDbContext db, IPlacementsDirectory placements, RecognitionSchemeCatalogue schemes, Viewer viewer, TimeProvider clock)
    : IRequestHandler<RecordHostAssessment, Unit>
{
    public async Task<Unit> Handle(RecordHostAssessment request, CancellationToken cancellationToken)
    {
        var recognition = await db.LoadRecognitionAsync(request.PlacementId, cancellationToken);
        var placement = await placements.LearnerPlacementAsync(request.PlacementId, cancellationToken);
        recognition.RecordHostAssessment(
            new HostAssessmentInput(request.Method, request.HeldOn, request.Language, request.SendingCompanyTookPart, request.SchoolTeacherTookPart,
                request.OtherParticipants, request.Grades),
            recognition.HostTutorName ?? viewer.Actor(), placement.Status, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), schemes.Get);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
