using Mobility.BuildingBlocks.Domain;

namespace Mobility.Impact.Outcomes;

/// <summary>
/// The participant survey after return: opened when the placement ends, reminded twice, closed after
/// <see cref="AnsweringDays"/> days. Every question is on the <see cref="Likert"/> scale except the open answer.
/// </summary>
internal sealed class Survey
{
    public const int AnsweringDays = 30;
    public const int MaxReminders = 2;
    public const int DaysBetweenReminders = 7;
    public const int OpenAnswerLength = 4000;

    private Survey()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlacementId { get; private set; }

    public Guid LearnerId { get; private set; }

    /// <summary>ISO 639-1 code of the questionnaire's language (SurveyQuestionnaire.Languages).</summary>
    public string Language { get; private set; } = "en";

    public SurveyStatus Status { get; private set; }

    public DateTime SentAt { get; private set; }

    public int RemindersSent { get; private set; }

    public DateTime? LastReminderAt { get; private set; }

    public DateTime? AnsweredAt { get; private set; }

    public Likert? Satisfaction { get; private set; }

    public Likert? LanguageSkillsImproved { get; private set; }

    public Likert? SelfConfidenceImproved { get; private set; }

    public Likert? ReadyToGoAgain { get; private set; }

    public string? OpenAnswer { get; private set; }

    public static Survey Send(Guid id, Guid placementId, Guid learnerId, string language, DateTime at)
    {
        Rule.Require(SurveyQuestionnaire.Languages.Contains(language), "SURVEY_LANGUAGE_UNKNOWN",
            $"The survey exists in {string.Join(", ", SurveyQuestionnaire.Languages)}, not '{language}'.");
        return new Survey { Id = id, PlacementId = placementId, LearnerId = learnerId, Language = language, Status = SurveyStatus.Sent, SentAt = at };
    }

    public DateTime ClosesAt => SentAt.AddDays(AnsweringDays);

    /// <summary>Whether a reminder is due at <paramref name="now"/>: unanswered, open, and a week since the last message.</summary>
    public bool ReminderDue(DateTime now)
        => Status == SurveyStatus.Sent && RemindersSent < MaxReminders && now < ClosesAt
            && now >= (LastReminderAt ?? SentAt).AddDays(DaysBetweenReminders);

    public void Remind(DateTime at)
    {
        Rule.Require(ReminderDue(at), "SURVEY_REMINDER_NOT_DUE", "No reminder is due for this survey.");
        RemindersSent++;
        LastReminderAt = at;
    }

    public void ExpireIfClosed(DateTime now)
    {
        if (Status == SurveyStatus.Sent && now >= ClosesAt)
        {
            Status = SurveyStatus.Expired;
        }
    }

    public void Answer(
        Likert? satisfaction, Likert? languageSkillsImproved, Likert? selfConfidenceImproved, Likert? readyToGoAgain,
        string? openAnswer, DateTime at)
    {
        Rule.Require(Status != SurveyStatus.Answered, "SURVEY_ALREADY_ANSWERED", "This survey has already been answered.");
        Rule.Require(Status != SurveyStatus.Expired && at < ClosesAt, "SURVEY_CLOSED",
            $"This survey closed on {ClosesAt:yyyy-MM-dd}.");
        Rule.Require(
            satisfaction is not null || languageSkillsImproved is not null || selfConfidenceImproved is not null || readyToGoAgain is not null
                || !string.IsNullOrWhiteSpace(openAnswer),
            "SURVEY_EMPTY", "Answer at least one question.");
        Satisfaction = satisfaction;
        LanguageSkillsImproved = languageSkillsImproved;
        SelfConfidenceImproved = selfConfidenceImproved;
        ReadyToGoAgain = readyToGoAgain;
        OpenAnswer = string.IsNullOrWhiteSpace(openAnswer) ? null : openAnswer.Trim();
        Status = SurveyStatus.Answered;
        AnsweredAt = at;
    }
}
