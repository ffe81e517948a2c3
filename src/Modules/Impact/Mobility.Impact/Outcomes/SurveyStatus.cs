namespace Mobility.Impact.Outcomes;

internal enum SurveyStatus
{
    /// <summary>Open for the participant since the placement ended; reminders follow.</summary>
    Sent,

    Answered,

    /// <summary>Unanswered when the answering window closed.</summary>
    Expired,
}
