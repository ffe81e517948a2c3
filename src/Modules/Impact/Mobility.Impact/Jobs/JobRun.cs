namespace Mobility.Impact.Jobs;

internal enum JobRunOutcome
{
    /// <summary>Started and not finished: still running, or cut short by a dying host (Quartz runs it again).</summary>
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// One run of one of the module's jobs, kept in the module's schema so the history survives restarts: which job,
/// which trigger fired it (a schedule, or "manual-..." for a manual trigger), when it started and finished, and how.
/// </summary>
internal sealed class JobRun
{
    public const int ErrorLength = 2000;

    private JobRun()
    {
    }

    /// <summary>Quartz's fire instance id: one per firing, the same when a recovering host runs it again.</summary>
    public string Id { get; private set; } = "";

    public string Job { get; private set; } = "";

    public string Trigger { get; private set; } = "";

    public DateTime StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public JobRunOutcome Outcome { get; private set; }

    public string? Error { get; private set; }

    public static JobRun Start(string id, string job, string trigger, DateTime at)
        => new() { Id = id, Job = job, Trigger = trigger, StartedAt = at, Outcome = JobRunOutcome.Running };

    public void Restart(DateTime at)
    {
        StartedAt = at;
        FinishedAt = null;
        Outcome = JobRunOutcome.Running;
        Error = null;
    }

    public void Finish(DateTime at, string? error)
    {
        FinishedAt = at;
        Outcome = error is null ? JobRunOutcome.Succeeded : JobRunOutcome.Failed;
        Error = error is null ? null : error[..Math.Min(error.Length, ErrorLength)];
    }
}
