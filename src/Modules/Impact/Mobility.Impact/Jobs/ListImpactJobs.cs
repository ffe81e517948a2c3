using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Scheduling;
using Mobility.BuildingBlocks.Security;
using Mobility.Impact.Data;
using Quartz;

namespace Mobility.Impact.Jobs;

/// <summary>The module's jobs as the scheduler holds them: schedule, state, next runs, and their latest runs.</summary>
internal sealed record ListImpactJobs(int NextRuns = 3, int LastRuns = 5) : IRequest<IReadOnlyList<ImpactJobSummary>>;

internal sealed record ImpactJobSummary(
    string Name, string Description, string? Cron, string State, IReadOnlyList<DateTime> NextFireTimes, IReadOnlyList<JobRun> LastRuns);

internal sealed class ListImpactJobsValidator : AbstractValidator<ListImpactJobs>
{
    public ListImpactJobsValidator()
    {
        RuleFor(r => r.NextRuns).InclusiveBetween(0, 20);
        RuleFor(r => r.LastRuns).InclusiveBetween(0, 50);
    }
}

internal sealed class ListImpactJobsAuthorizer : IAuthorizer<ListImpactJobs>
{
    public Task AuthorizeAsync(ListImpactJobs request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("see the impact jobs", PlatformRole.ConsortiumCoordinator);
        return Task.CompletedTask;
    }
}

internal sealed class ListImpactJobsHandler(JobCatalog catalog, ISchedulerFactory schedulers, ImpactDbContext db, TimeProvider clock)
    : IRequestHandler<ListImpactJobs, IReadOnlyList<ImpactJobSummary>>
{
    public async Task<IReadOnlyList<ImpactJobSummary>> Handle(ListImpactJobs request, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = clock.GetUtcNow();
        var jobs = new List<ImpactJobSummary>();
        foreach (var job in catalog.Jobs.Where(j => j.Key.Group == ImpactModule.SchemaName))
        {
            var triggers = await scheduler.GetTriggersOfJob(job.Key, cancellationToken);
            var scheduled = triggers.FirstOrDefault(t => t.Key.Name == job.Key.Name);
            var state = scheduled is null ? "OnDemand" : (await scheduler.GetTriggerState(scheduled.Key, cancellationToken)).ToString();
            var name = job.Key.Name;
            var runs = await db.JobRuns.AsNoTracking().Where(r => r.Job == name)
                .OrderByDescending(r => r.StartedAt).Take(request.LastRuns).ToListAsync(cancellationToken);
            jobs.Add(new ImpactJobSummary(
                name, job.Description, job.Cron, state, NextFireTimes(job.Cron, now, request.NextRuns), runs));
        }

        return jobs;
    }

    private static List<DateTime> NextFireTimes(string? cron, DateTimeOffset after, int count)
    {
        var times = new List<DateTime>();
        if (cron is null)
        {
            return times;
        }

        var expression = new CronExpression(cron, TimeZoneInfo.Utc);
        for (var next = expression.GetNextValidTimeAfter(after); next is { } time && times.Count < count; next = expression.GetNextValidTimeAfter(time))
        {
            times.Add(time.UtcDateTime);
        }

        return times;
    }
}
