using System.Globalization;
using MediatR;
using Mobility.Impact.Outcomes;
using Mobility.Impact.Reports;
using Quartz;

namespace Mobility.Impact.Jobs;

/// <summary>The module's jobs: each only sends a use case, so the logic is tested without a scheduler.</summary>
internal static class ImpactJobs
{
    public const string NightlyRefresh = "nightly-refresh";
    public const string EndOfYear = "end-of-year";
    public const string SurveyReminders = "survey-reminders";
    public const string GenerateReport = "generate-report";

    /// <summary>Job data of a manual end-of-year run: the day the academic year ends (yyyy-MM-dd).</summary>
    public const string DateKey = "date";

    public static DateOnly Today(IJobExecutionContext context, TimeProvider clock)
        => context.MergedJobDataMap.TryGetString(DateKey, out var date) && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var given)
            ? given
            : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

/// <summary>A job of the module: its run is recorded in the history (<see cref="JobRun"/>) around the use case it sends.</summary>
internal abstract class RecordedJob(JobRunRecorder recorder) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        => await recorder.RunAsync(context, ct => RunAsync(context, ct), cancellationToken);

    protected abstract Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken);
}

internal sealed class NightlyRefreshJob(IMediator mediator, TimeProvider clock, JobRunRecorder recorder) : RecordedJob(recorder)
{
    protected override Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
        => mediator.Send(new RunNightlyRefresh(ImpactJobs.Today(context, clock)), cancellationToken);
}

internal sealed class EndOfYearJob(IMediator mediator, TimeProvider clock, JobRunRecorder recorder) : RecordedJob(recorder)
{
    protected override Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
        => mediator.Send(new RunEndOfYear(ImpactJobs.Today(context, clock)), cancellationToken);
}

internal sealed class SurveyRemindersJob(IMediator mediator, JobRunRecorder recorder) : RecordedJob(recorder)
{
    protected override Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
        => mediator.Send(new SendSurveyReminders(), cancellationToken);
}

/// <summary>Generates one report; job data: kind (Consortium, Funder), consortium (id), year (2019-2020).</summary>
internal sealed class GenerateReportJob(IMediator mediator, JobRunRecorder recorder) : RecordedJob(recorder)
{
    protected override async Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var kind = Enum.Parse<ReportKind>(data.GetString("kind") ?? nameof(ReportKind.Consortium));
        var consortium = Guid.Parse(data.GetString("consortium") ?? throw new JobExecutionException("The job data names no consortium."));
        var year = data.GetString("year") ?? throw new JobExecutionException("The job data names no academic year.");
        await mediator.Send(new GenerateReport(kind, consortium, year), cancellationToken);
    }
}
