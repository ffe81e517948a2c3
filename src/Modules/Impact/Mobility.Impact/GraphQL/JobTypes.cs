using Mobility.GraphQL;
using Mobility.Impact.Jobs;

namespace Mobility.Impact.GraphQL;

/// <summary>One of the Impact module's scheduled or on-demand jobs.</summary>
[GraphQLName("ImpactJob")]
internal sealed record ImpactJobType(
    string Name,
    string Description,
    [property: GraphQLDescription("Its Quartz cron schedule (UTC); null for a job run on demand only.")] string? Cron,
    [property: GraphQLDescription("The schedule's state in the scheduler (Normal, Paused, Blocked while a run is under way, Error, Complete, None); OnDemand for a job without a schedule.")] string State,
    [property: GraphQLDescription("The next times its schedule fires.")] IReadOnlyList<DateTimeOffset> NextFireTimes,
    [property: GraphQLDescription("Its latest runs, newest first.")] IReadOnlyList<JobRunType> LastRuns)
{
    public static ImpactJobType From(ImpactJobSummary j) => new(
        j.Name, j.Description, j.Cron, j.State, [.. j.NextFireTimes.Select(Utc)], [.. j.LastRuns.Select(JobRunType.From)]);

    internal static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}

/// <summary>One run of an Impact job, kept in the history.</summary>
[GraphQLName("ImpactJobRun")]
internal sealed record JobRunType(
    [property: GraphQLDescription("The firing's id: a run a recovering host repeats keeps it.")] string Id,
    string Job,
    [property: GraphQLDescription("The trigger that fired it: the job's schedule (its own name), or manual-... for a manual trigger.")] string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    JobRunOutcome Outcome,
    [property: GraphQLDescription("Why it failed.")] string? Error)
{
    public static JobRunType From(JobRun r) => new(
        r.Id, r.Job, r.Trigger, ImpactJobType.Utc(r.StartedAt), r.FinishedAt is { } f ? ImpactJobType.Utc(f) : null, r.Outcome, r.Error);
}
