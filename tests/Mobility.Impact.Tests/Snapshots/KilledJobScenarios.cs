using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Impact.Data;
using Mobility.Impact.Indicators;
using Mobility.Impact.Snapshots;
using Mobility.Impact.Tests.Indicators;

namespace Mobility.Impact.Tests.Snapshots;

/// <summary>
/// The end-of-year computation killed halfway (while refreshing the facts, or while writing the snapshot's figures)
/// leaves nothing half-written, and running it again gives exactly the snapshot an uninterrupted run gives.
/// </summary>
public abstract class KilledJobScenarios(DatabaseProvider provider) : ImpactTestBase(provider)
{
    private static readonly Dimension[] Breakdowns = [.. Enum.GetValues<Dimension>()];

    [Theory]
    [InlineData("outcome_facts", 1)]
    [InlineData("snapshot_figures", 3)]
    public async Task A_job_killed_halfway_then_run_again_gives_the_same_snapshot_as_a_clean_run(string table, int command)
    {
        var world = OutcomeWorld.Build(Enrolment, learners: 60, seed: 11);
        await world.PlayAsync(Host);
        var filter = new IndicatorFilter(ConsortiumId: world.Consortia[0]);
        var pendingBefore = await CountAsync(db => db.PendingRefreshes.CountAsync());

        var kill = new KillAfter(table, command);
        var killed = await Assert.ThrowsAnyAsync<Exception>(() => RunKilledAsync(kill, "end-of-year:capmob:2019-2020", filter));
        Assert.IsType<IOException>(killed.GetBaseException());

        Assert.True(kill.Fired);
        Assert.Equal(0, await CountAsync(db => db.Snapshots.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.SnapshotFigures.CountAsync()));
        if (table == "outcome_facts")
        {
            // The refresh's transaction was lost whole: no fact written, every learner still marked for the next run.
            Assert.Equal(pendingBefore, await CountAsync(db => db.PendingRefreshes.CountAsync()));
            Assert.Equal(0, await CountAsync(db => db.OutcomeFacts.CountAsync()));
        }
        else
        {
            // The refresh had committed before the snapshot was written: its facts stand, the marks are gone.
            Assert.Equal(0, await CountAsync(db => db.PendingRefreshes.CountAsync()));
            Assert.Equal(world.Placements.Count, await CountAsync(db => db.OutcomeFacts.CountAsync()));
        }

        var again = await Host.SendAsync(new TakeSnapshot("end-of-year:capmob:2019-2020", SnapshotKind.EndOfYear, filter, Breakdowns));
        var twice = await Host.SendAsync(new TakeSnapshot("end-of-year:capmob:2019-2020", SnapshotKind.EndOfYear, filter, Breakdowns));
        var clean = await Host.SendAsync(new TakeSnapshot("clean-run", SnapshotKind.OnDemand, filter, Breakdowns));

        Assert.Equal(again, twice);
        Assert.Equal(2, await CountAsync(db => db.Snapshots.CountAsync()));
        var rerun = await Host.SendAsync(new GetSnapshotFigures(again));
        var reference = await Host.SendAsync(new GetSnapshotFigures(clean));
        Assert.True(rerun.Figures.Count > 100);
        Assert.Equal(reference.Figures, rerun.Figures);
        Assert.Equal(reference.Snapshot.Parameters, rerun.Snapshot.Parameters);
        Assert.Equal(reference.Snapshot.Placements, rerun.Snapshot.Placements);
    }

    /// <summary>The use case's handler on a context whose connection dies at the chosen command.</summary>
    private async Task RunKilledAsync(KillAfter kill, string runKey, IndicatorFilter filter)
    {
        var options = new DbContextOptionsBuilder<ImpactDbContext>();
        ModuleDbContextRegistration.Configure(options, ImpactModule.SchemaName, Host.Database);
        options.AddInterceptors(kill);
        await using var db = new ImpactDbContext(options.Options);
        var handler = new TakeSnapshotHandler(db, new FactRefresher(db), new IndicatorCalculator(db), Host.Clock);
        await handler.Handle(new TakeSnapshot(runKey, SnapshotKind.EndOfYear, filter, Breakdowns), CancellationToken.None);
    }

    private Task<int> CountAsync(Func<ImpactDbContext, Task<int>> count) => Host.InScopeAsync(count);
}

public sealed class KilledJobScenariosOnSqlite() : KilledJobScenarios(DatabaseProvider.Sqlite);

public sealed class KilledJobScenariosOnPostgres() : KilledJobScenarios(DatabaseProvider.Postgres);
