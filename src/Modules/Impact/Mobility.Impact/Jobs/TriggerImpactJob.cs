using System.Globalization;
using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Scheduling;
using Mobility.BuildingBlocks.Security;
using Quartz;

namespace Mobility.Impact.Jobs;

/// <summary>
/// Runs one of the module's jobs now, through the scheduler (so it runs where and as a scheduled run would, never
/// twice at once, and is recorded in the history). <see cref="Date"/> stands for today (the nightly refresh's day,
/// the end-of-year's closing day). Reports are generated with <c>GenerateReport</c>, not here. Returns the name of
/// the trigger, which the run's history entry carries.
/// </summary>
internal sealed record TriggerImpactJob(string Name, DateOnly? Date) : IRequest<string>;

internal sealed class TriggerImpactJobValidator : AbstractValidator<TriggerImpactJob>
{
    public TriggerImpactJobValidator() => RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
}

internal sealed class TriggerImpactJobAuthorizer : IAuthorizer<TriggerImpactJob>
{
    public Task AuthorizeAsync(TriggerImpactJob request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("run the impact jobs", PlatformRole.ConsortiumCoordinator);
        return Task.CompletedTask;
    }
}

internal sealed class TriggerImpactJobHandler(JobCatalog catalog, ISchedulerFactory schedulers, TimeProvider clock)
    : IRequestHandler<TriggerImpactJob, string>
{
    public async Task<string> Handle(TriggerImpactJob request, CancellationToken cancellationToken)
    {
        var job = catalog.Jobs.SingleOrDefault(j => j.Key.Group == ImpactModule.SchemaName && j.Key.Name == request.Name)
            ?? throw new NotFoundException("Impact job", request.Name);
        Rule.Require(
            request.Name != ImpactJobs.GenerateReport, "IMPACT_JOB_NEEDS_PARAMETERS",
            "A report is generated with generateReport, which names its kind, consortium and year.");
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"manual-{clock.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid():N}");
        var trigger = TriggerBuilder.Create().ForJob(job.Key).WithIdentity(name, ImpactModule.SchemaName).WithDescription("Manual run")
            .StartAt(clock.GetUtcNow()); // the platform clock: a start in the past fires at once, one in the scheduler's future would wait
        if (request.Date is { } date)
        {
            trigger = trigger.UsingJobData(ImpactJobs.DateKey, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        await scheduler.ScheduleJob(trigger.Build(), cancellationToken: cancellationToken);
        return name;
    }
}
