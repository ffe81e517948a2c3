using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Impact.Data;
using Mobility.Impact.Indicators;

namespace Mobility.Impact.Tests.Indicators;

/// <summary>
/// The two ways to the facts: a few learners marked are refreshed on their own; most learners marked (a year of
/// events, a first start) rebuild every fact at once. Either way the facts are the same, row for row.
/// </summary>
public abstract class FactRefreshScenarios(DatabaseProvider provider) : ImpactTestBase(provider)
{
    [Fact]
    public async Task A_few_marked_learners_are_refreshed_alone_and_most_marked_rebuild_everything_to_the_same_facts()
    {
        var world = OutcomeWorld.Build(Enrolment, learners: 40, seed: 5);
        await world.PlayAsync(Host);
        var learners = world.Learners.Select(l => l.Id).ToList();

        var first = await RefreshAsync(full: false);
        Assert.True(first.Full, "every learner was marked by the world's events: the first refresh rebuilds everything");
        var facts = await FactsAsync();
        Assert.NotEmpty(facts);
        Assert.Equal(first.Facts, facts.Count);

        var five = learners.Take(5).ToList();
        var factsOfFive = await Host.InScopeAsync<ImpactDbContext, int>(db => db.OutcomeFacts.CountAsync(f => five.Contains(f.LearnerId)));
        await MarkAsync(five);
        var few = await RefreshAsync(full: false);
        Assert.Equal(new FactRefreshResult(false, 5, factsOfFive), few);
        Assert.Equal(facts, await FactsAsync());
        Assert.Equal(0, await Host.InScopeAsync<ImpactDbContext, int>(db => db.PendingRefreshes.CountAsync()));

        await MarkAsync(learners.Take((learners.Count / 2) + 1));
        var most = await RefreshAsync(full: false);
        Assert.True(most.Full);
        Assert.Equal(facts.Count, most.Facts);
        Assert.Equal(facts, await FactsAsync());

        var nothingMarked = await RefreshAsync(full: false);
        Assert.Equal(new FactRefreshResult(false, 0, 0), nothingMarked);
        Assert.Equal(facts, await FactsAsync());
    }

    private Task<FactRefreshResult> RefreshAsync(bool full)
        => Host.InScopeAsync<FactRefresher, FactRefreshResult>(r => r.RefreshAsync(full, CancellationToken.None));

    private Task MarkAsync(IEnumerable<Guid> learners)
        => Host.InScopeAsync<ImpactDbContext>(async db =>
        {
            foreach (var learner in learners)
            {
                db.MarkForRefresh(learner, DateTime.UtcNow);
            }

            await db.SaveChangesAsync();
        });

    /// <summary>Every fact, every column, in placement order.</summary>
    private Task<List<string>> FactsAsync()
        => Host.InScopeAsync<ImpactDbContext, List<string>>(async db =>
            [.. (await db.OutcomeFacts.AsNoTracking().ToListAsync())
                .OrderBy(f => f.PlacementId)
                .Select(f => JsonSerializer.Serialize(f))]);
}

public sealed class FactRefreshScenariosOnSqlite() : FactRefreshScenarios(DatabaseProvider.Sqlite);

public sealed class FactRefreshScenariosOnPostgres() : FactRefreshScenarios(DatabaseProvider.Postgres);
