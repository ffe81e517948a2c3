using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Impact.Data;

namespace Mobility.Impact.Outcomes;

/// <summary>The participant answers their survey (or staff enter a paper answer for them).</summary>
internal sealed record AnswerSurvey(
    Guid PlacementId, Likert? Satisfaction, Likert? LanguageSkillsImproved, Likert? SelfConfidenceImproved, Likert? ReadyToGoAgain,
    string? OpenAnswer) : IRequest<Unit>;

internal sealed class AnswerSurveyValidator : AbstractValidator<AnswerSurvey>
{
    public AnswerSurveyValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.Satisfaction).IsInEnum();
        RuleFor(r => r.LanguageSkillsImproved).IsInEnum();
        RuleFor(r => r.SelfConfidenceImproved).IsInEnum();
        RuleFor(r => r.ReadyToGoAgain).IsInEnum();
        RuleFor(r => r.OpenAnswer).MaximumLength(Survey.OpenAnswerLength);
    }
}

internal sealed class AnswerSurveyHandler(ImpactDbContext db, Viewer viewer, TimeProvider clock) : IRequestHandler<AnswerSurvey, Unit>
{
    public async Task<Unit> Handle(AnswerSurvey request, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.SingleOrDefaultAsync(s => s.PlacementId == request.PlacementId, cancellationToken);
        if (survey is null)
        {
            throw new NotFoundException("Survey", request.PlacementId);
        }

        if (viewer.LearnerId != survey.LearnerId)
        {
            await OutcomeAccess.PlacementForRecordingAsync(db, viewer, request.PlacementId, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        survey.Answer(request.Satisfaction, request.LanguageSkillsImproved, request.SelfConfidenceImproved, request.ReadyToGoAgain,
            request.OpenAnswer, now);
        db.MarkForRefresh(survey.LearnerId, now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The role check; which learners, placements and staff members the viewer reaches is the handler's (others are not found).</summary>
internal sealed class AnswerSurveyAuthorizer : IAuthorizer<AnswerSurvey>
{
    public Task AuthorizeAsync(AnswerSurvey request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("answer a survey", PlatformRole.Learner, PlatformRole.SchoolStaff, PlatformRole.ConsortiumCoordinator);
        return Task.CompletedTask;
    }
}
