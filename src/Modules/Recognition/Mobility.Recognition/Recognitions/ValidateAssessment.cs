using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Data;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Recognitions;

/// <summary>The sending school validates the assessment (every part graded); its grades are final from then on.</summary>
internal sealed record ValidateAssessment(Guid PlacementId) : IRequest<Unit>;

internal sealed class ValidateAssessmentValidator : AbstractValidator<ValidateAssessment>
{
    public ValidateAssessmentValidator() => RuleFor(r => r.PlacementId).NotEmpty();
}

internal sealed class ValidateAssessmentHandler(RecognitionDbContext db, RecognitionSchemeCatalogue schemes, Viewer viewer, TimeProvider clock)
    : IRequestHandler<ValidateAssessment, Unit>
{
    public async Task<Unit> Handle(ValidateAssessment request, CancellationToken cancellationToken)
    {
        var recognition = viewer.RequireVisible(await db.LoadRecognitionAsync(request.PlacementId, cancellationToken));
        recognition.Validate(viewer.Actor(), viewer.UserId, clock.GetUtcNow().UtcDateTime, schemes.Get);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
