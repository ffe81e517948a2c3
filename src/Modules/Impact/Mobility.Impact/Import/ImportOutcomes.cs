using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Impact.Data;
using Mobility.Impact.Outcomes;

namespace Mobility.Impact.Import;

/// <summary>
/// Imports a CSV file of outcome data (exam results, language assessments, career outcomes, survey answers, staff
/// outcomes; format in docs/impact.md). Each good row is sent to its entry use case, with the same validation and
/// rules as GraphQL; a row that is malformed, names someone unknown or breaks a rule is reported with its line and
/// reason while the others load. A row whose outcome is already stored as written is counted as already present, so
/// importing the same file again changes nothing. Every write is in one transaction: a failure leaves nothing.
/// </summary>
internal sealed record ImportOutcomes(string FilePath) : IRequest<OutcomeImportReport>;

internal sealed class ImportOutcomesValidator : AbstractValidator<ImportOutcomes>
{
    public ImportOutcomesValidator() => RuleFor(r => r.FilePath).NotEmpty();
}

internal sealed class ImportOutcomesAuthorizer : IAuthorizer<ImportOutcomes>
{
    public Task AuthorizeAsync(ImportOutcomes request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        Access.Require(viewer.IsSystem, "Outcome files are imported from the platform's command line only.");
        return Task.CompletedTask;
    }
}

internal sealed class ImportOutcomesHandler(ImpactDbContext db, IMediator mediator) : IRequestHandler<ImportOutcomes, OutcomeImportReport>
{
    public async Task<OutcomeImportReport> Handle(ImportOutcomes request, CancellationToken cancellationToken)
    {
        var file = OutcomeFile.Read(request.FilePath, cancellationToken);
        var rejected = new List<RejectedOutcomeRow>(file.Rejected);
        var imported = Enum.GetValues<OutcomeRowKind>().ToDictionary(k => k, _ => 0);
        var present = 0;

        // The use cases below share this scope's context, so their writes are all in this one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in file.Rows)
        {
            if (await AlreadyPresentAsync(row, cancellationToken))
            {
                present++;
                continue;
            }

            try
            {
                await SendAsync(row, cancellationToken);
                imported[row.Kind]++;
            }
            catch (Exception e) when (e is NotFoundException or DomainRuleViolationException or InvalidInputException)
            {
                // The use case refused before saving; whatever it had begun to track is dropped with the row.
                db.ChangeTracker.Clear();
                rejected.Add(new RejectedOutcomeRow(row.Line, Reason(e)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new OutcomeImportReport(file.RowsRead, imported, present, [.. rejected.OrderBy(r => r.Line)]);
    }

    private Task SendAsync(OutcomeRow row, CancellationToken cancellationToken) => row.Request switch
    {
        RecordExamResult r => mediator.Send(r, cancellationToken),
        RecordLanguageAssessment r => mediator.Send(r, cancellationToken),
        RecordCareerOutcome r => mediator.Send(r, cancellationToken),
        AnswerSurvey r => mediator.Send(r, cancellationToken),
        RecordStaffOutcome r => mediator.Send(r, cancellationToken),
        _ => throw new InvalidOperationException($"No use case for {row.Request.GetType().Name}."),
    };

    private async Task<bool> AlreadyPresentAsync(OutcomeRow row, CancellationToken cancellationToken)
    {
        switch (row.Request)
        {
            case RecordExamResult r:
                return await db.ExamResults.AnyAsync(e => e.LearnerId == r.LearnerId && e.Session == r.Session && e.Outcome == r.Outcome, cancellationToken);
            case RecordLanguageAssessment r:
                var assessment = await db.LanguageAssessments.AsNoTracking()
                    .SingleOrDefaultAsync(a => a.PlacementId == r.PlacementId && a.Language == r.Language && a.Skill == r.Skill, cancellationToken);
                return assessment is not null && (r.Before is null || assessment.Before == r.Before) && (r.After is null || assessment.After == r.After);
            case RecordCareerOutcome r:
                return await db.CareerOutcomes.AnyAsync(
                    c => c.LearnerId == r.LearnerId && c.Kind == r.Kind && c.Detail == r.Detail && c.On == r.On, cancellationToken);
            case AnswerSurvey r:
                var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.PlacementId == r.PlacementId, cancellationToken);
                return survey is { Status: SurveyStatus.Answered } && survey.Satisfaction == r.Satisfaction
                    && survey.LanguageSkillsImproved == r.LanguageSkillsImproved && survey.SelfConfidenceImproved == r.SelfConfidenceImproved
                    && survey.ReadyToGoAgain == r.ReadyToGoAgain && survey.OpenAnswer == (string.IsNullOrWhiteSpace(r.OpenAnswer) ? null : r.OpenAnswer.Trim());
            case RecordStaffOutcome r:
                var title = r.Title.Trim();
                return await db.StaffOutcomes.AnyAsync(s => s.StaffMemberId == r.StaffMemberId && s.Kind == r.Kind && s.Title == title, cancellationToken);
            default:
                return false;
        }
    }

    private static string Reason(Exception e) => e switch
    {
        InvalidInputException { Failures.Count: > 0 } invalid => string.Join("; ", invalid.Failures.Select(f => $"{f.Field}: {f.Message}")),
        _ => e.Message,
    };
}
