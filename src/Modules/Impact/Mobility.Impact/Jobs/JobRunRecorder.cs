using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.Impact.Data;
using Quartz;

namespace Mobility.Impact.Jobs;

/// <summary>
/// Writes the history of the module's job runs: a row when a run starts, completed when it ends. Each write has a
/// scope (and context) of its own, so a run that fails with its own context in a bad state is still recorded.
/// </summary>
internal sealed class JobRunRecorder(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task RunAsync(IJobExecutionContext context, Func<CancellationToken, Task> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(run);
        var id = context.FireInstanceId;
        await WriteAsync(async db =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var existing = await db.JobRuns.SingleOrDefaultAsync(r => r.Id == id, CancellationToken.None);
            if (existing is null)
            {
                db.JobRuns.Add(JobRun.Start(id, context.JobDetail.Key.Name, context.Trigger.Key.Name, now));
            }
            else
            {
                existing.Restart(now);
            }
        });

        try
        {
            await run(cancellationToken);
        }
        catch (Exception e)
        {
            await FinishAsync(id, $"{e.GetType().Name}: {e.Message}");
            throw new JobExecutionException(e);
        }

        await FinishAsync(id, null);
    }

    private Task FinishAsync(string id, string? error) => WriteAsync(async db =>
    {
        var run = await db.JobRuns.SingleAsync(r => r.Id == id, CancellationToken.None);
        run.Finish(clock.GetUtcNow().UtcDateTime, error);
    });

    private async Task WriteAsync(Func<ImpactDbContext, Task> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImpactDbContext>();
        await change(db);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
