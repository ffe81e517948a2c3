using FluentValidation;
using MediatR;
using Mobility.Recognition.Data;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Recognitions;

/// <summary>The host tutor hands the completed assessment to the sending school; it cannot be edited afterwards.</summary>
internal sealed record SubmitHostAssessment(Guid PlacementId) : IRequest<Unit>;

internal sealed class SubmitHostAssessmentValidator : AbstractValidator<SubmitHostAssessment>
{
    public SubmitHostAssessmentValidator() => RuleFor(r => r.PlacementId).NotEmpty();
}

internal sealed class SubmitHostAssessmentHandler(RecognitionDbContext db, RecognitionSchemeCatalogue schemes, TimeProvider clock)
    : IRequestHandler<SubmitHostAssessment, Unit>
{
    public async Task<Unit> Handle(SubmitHostAssessment request, CancellationToken cancellationToken)
    {
        var recognition = await db.LoadRecognitionAsync(request.PlacementId, cancellationToken);
        recognition.SubmitHostAssessment(clock.GetUtcNow().UtcDateTime, schemes.Get);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
