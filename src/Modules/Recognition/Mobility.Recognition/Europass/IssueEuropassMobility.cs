using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Data;
using Mobility.Recognition.Recognitions;

namespace Mobility.Recognition.Europass;

/// <summary>
/// The sending school issues the Europass Mobility document once the host has submitted its assessment. Its content
/// is frozen at issue; issuing again (after a new decision, say) gives a new document with a new number.
/// </summary>
internal sealed record IssueEuropassMobility(Guid PlacementId, string Language, string? ReferencePerson = null) : IRequest<Guid>;

internal sealed class IssueEuropassMobilityValidator : AbstractValidator<IssueEuropassMobility>
{
    public IssueEuropassMobilityValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.Language).NotEmpty().Must(EuropassLabels.IsSupported)
            .WithMessage($"The document's language is one of {string.Join(", ", EuropassLabels.Languages)}.");
        RuleFor(r => r.ReferencePerson).MaximumLength(200);
    }
}

internal sealed class IssueEuropassMobilityHandler(RecognitionDbContext db, EuropassRecordBuilder builder, Viewer viewer, TimeProvider clock)
    : IRequestHandler<IssueEuropassMobility, Guid>
{
    public async Task<Guid> Handle(IssueEuropassMobility request, CancellationToken cancellationToken)
    {
        var recognition = viewer.RequireVisible(await db.LoadRecognitionAsync(request.PlacementId, cancellationToken));
        Rule.Require(recognition.AssessmentStatus == AssessmentStatus.Submitted, "HOST_ASSESSMENT_NOT_SUBMITTED",
            "The Europass Mobility document states the skills the host assessed: wait until the host tutor has submitted the assessment.");
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Guid.CreateVersion7();
        var number = EuropassDocument.NumberFor(id, now);
        var record = await builder.BuildAsync(recognition, number, DateOnly.FromDateTime(now), request.Language, request.ReferencePerson, cancellationToken);
        db.EuropassDocuments.Add(new EuropassDocument(id, recognition.Id, recognition.PlacementId, recognition.LearnerId, number,
            EuropassJson.WriteRecord(record), viewer.Actor(), now));
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }
}
