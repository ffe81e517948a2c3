using Microsoft.Extensions.Configuration;
using Quartz;

namespace Mobility.BuildingBlocks.Scheduling;

/// <summary>
/// What a module uses to add its jobs: recurring ones on a cron schedule its configuration can override
/// (<c>{Module}:Jobs:{Name}</c>), and on-demand ones run only by a trigger (GraphQL, another job). Every job
/// is durable and asks for recovery, so a run cut short by a dying host is run again when a host starts.
/// </summary>
public sealed class ModuleJobs(string group, IQuartzBuilder quartz, IConfiguration configuration)
{
    private readonly List<JobDescription> _added = [];

    public string Group { get; } = group;

    public IReadOnlyList<JobDescription> Added => _added;

    public void AddRecurring<TJob>(string name, string defaultCron, string description)
        where TJob : IJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var cron = configuration[$"{Group}:Jobs:{name}"] is { Length: > 0 } configured ? configured : defaultCron;
        try
        {
            _ = new CronExpression(cron);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"{Group}:Jobs:{name} '{cron}' is not a valid cron expression: {e.Message}", e);
        }

        var key = new JobKey(name, Group);
        quartz.AddJob<TJob>(j => j.WithIdentity(key).StoreDurably().RequestRecovery().DisallowConcurrentExecution().WithDescription(description));
        quartz.AddTrigger(t => t.ForJob(key).WithIdentity(name, Group).WithDescription(cron)
            .WithCronSchedule(cron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        _added.Add(new JobDescription(key, description, cron));
    }

    public void AddOnDemand<TJob>(string name, string description)
        where TJob : IJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = new JobKey(name, Group);
        quartz.AddJob<TJob>(j => j.WithIdentity(key).StoreDurably().RequestRecovery().DisallowConcurrentExecution().WithDescription(description));
        _added.Add(new JobDescription(key, description, null));
    }
}

/// <summary>A job a module added, with its cron schedule when it recurs.</summary>
public sealed record JobDescription(JobKey Key, string Description, string? Cron);
