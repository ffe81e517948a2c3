using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.Impact.Data;

namespace Mobility.Impact.Outcomes;

/// <summary>
/// Reminds every participant whose survey is unanswered a week after it was sent or last reminded (twice at most),
/// and closes the surveys whose answering window has passed. Safe to run any number of times a day.
/// </summary>
internal sealed record SendSurveyReminders : IRequest<SurveyReminderRun>;

internal sealed record SurveyReminderRun(int Reminded, int Expired);

internal sealed class SendSurveyRemindersValidator : AbstractValidator<SendSurveyReminders>
{
}

internal sealed class SendSurveyRemindersHandler(ImpactDbContext db, TimeProvider clock) : IRequestHandler<SendSurveyReminders, SurveyReminderRun>
{
    public async Task<SurveyReminderRun> Handle(SendSurveyReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Surveys.Where(s => s.Status == SurveyStatus.Sent).ToListAsync(cancellationToken);
        var reminded = 0;
        var expired = 0;
        foreach (var survey in open)
        {
            if (survey.ReminderDue(now))
            {
                survey.Remind(now);
                reminded++;
            }

            survey.ExpireIfClosed(now);
            if (survey.Status == SurveyStatus.Expired)
            {
                expired++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SurveyReminderRun(reminded, expired);
    }
}
