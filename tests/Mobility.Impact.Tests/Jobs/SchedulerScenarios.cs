using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Scheduling;
using Mobility.Impact.Data;
using Mobility.Impact.Snapshots;
using Mobility.Impact.Tests.Indicators;
using Quartz;

namespace Mobility.Impact.Tests.Jobs;

/// <summary>
/// The module's jobs on a real Quartz scheduler whose persistent store is the test database (clustered on
/// PostgreSQL): the recurring triggers are stored with their next runs, and a manual trigger of the nightly refresh,
/// fired twice, leaves one snapshot.
/// </summary>
public abstract class SchedulerScenarios(DatabaseProvider provider) : ImpactTestBase(provider)
{
    [Fact]
    public async Task Triggering_the_nightly_refresh_twice_through_the_scheduler_leaves_one_snapshot_and_the_end_of_year_runs_next_on_31_August()
    {
        var world = OutcomeWorld.Build(Enrolment, learners: 30, seed: 3);
        await world.PlayAsync(Host);
        await SchedulingRegistration.PrepareStoreAsync(Host.Database, CancellationToken.None);
        var scheduler = await Host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        try
        {
            var endOfYear = await scheduler.GetTrigger(new TriggerKey("end-of-year", "impact"));
            Assert.NotNull(endOfYear);
            var next = endOfYear.NextFireTimeUtc!.Value;
            Assert.Equal((8, 31, 3), (next.Month, next.Day, next.Hour));

            var data = new JobDataMap { ["date"] = "2021-06-30" };
            await scheduler.TriggerJob(new JobKey("nightly-refresh", "impact"), data);
            await WaitForAsync(() => Host.InScopeAsync<ImpactDbContext, bool>(db => db.Snapshots.AnyAsync(s => s.RunKey == "nightly:2021-06-30")));
            var first = await Host.InScopeAsync<ImpactDbContext, DateTime>(db => db.Snapshots.Select(s => s.ComputedAt).SingleAsync());
            Host.Clock.Advance(TimeSpan.FromHours(1));
            await scheduler.TriggerJob(new JobKey("nightly-refresh", "impact"), data);
            await WaitForAsync(() => Host.InScopeAsync<ImpactDbContext, bool>(db => db.Snapshots.AnyAsync(s => s.ComputedAt > first)));

            var snapshots = await Host.InScopeAsync<ImpactDbContext, List<Snapshot>>(db => db.Snapshots.AsNoTracking().ToListAsync());
            var snapshot = Assert.Single(snapshots);
            Assert.Equal(SnapshotKind.Nightly, snapshot.Kind);
            Assert.Equal(world.Placements.Count, snapshot.Placements);
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 600 && !await condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await condition(), "The job did not finish within a minute.");
    }
}

public sealed class SchedulerScenariosOnSqlite() : SchedulerScenarios(DatabaseProvider.Sqlite);

public sealed class SchedulerScenariosOnPostgres() : SchedulerScenarios(DatabaseProvider.Postgres);
