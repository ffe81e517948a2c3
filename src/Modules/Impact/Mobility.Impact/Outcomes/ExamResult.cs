using Mobility.BuildingBlocks.Domain;

namespace Mobility.Impact.Outcomes;

internal enum ExamOutcome
{
    Pending,
    Passed,
    Failed,
}

/// <summary>A learner's result in their qualification's exam at one session (e.g. "2020-06").</summary>
internal sealed class ExamResult
{
    public const int SessionLength = 7;

    private ExamResult()
    {
    }

    public Guid Id { get; private set; }

    public Guid LearnerId { get; private set; }

    public Guid QualificationId { get; private set; }

    /// <summary>Year and month of the session, yyyy-MM.</summary>
    public string Session { get; private set; } = "";

    public ExamOutcome Outcome { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static ExamResult Record(Guid id, Guid learnerId, Guid qualificationId, string session, ExamOutcome outcome, DateTime at)
    {
        Rule.Require(IsSession(session), "EXAM_SESSION_FORMAT", $"'{session}' is not a session: write it yyyy-MM, e.g. 2020-06.");
        return new ExamResult { Id = id, LearnerId = learnerId, QualificationId = qualificationId, Session = session, Outcome = outcome, UpdatedAt = at };
    }

    public void Change(ExamOutcome outcome, DateTime at)
    {
        Outcome = outcome;
        UpdatedAt = at;
    }

    public static bool IsSession(string? session)
        => session is { Length: SessionLength } && session[4] == '-'
            && int.TryParse(session.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && int.TryParse(session.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
            && year is >= 2000 and <= 2100 && month is >= 1 and <= 12;
}
