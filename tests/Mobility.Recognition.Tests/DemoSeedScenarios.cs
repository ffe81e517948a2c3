using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Recognition.Contracts;
using Mobility.Recognition.Contracts.Directory;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.Tests;

public abstract class DemoSeedScenarios(DatabaseProvider provider) : RecognitionTestBase(provider)
{
    [Fact]
    public async Task The_demos_completed_placements_are_recognised_deterministically_and_a_second_run_changes_nothing()
    {
        var first = await DemoDataRunner.SeedAsync(Host.Services, CancellationToken.None);
        var before = await FingerprintAsync();

        var second = await DemoDataRunner.SeedAsync(Host.Services, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(before, await FingerprintAsync());
        Assert.StartsWith("Recognition: ", second[^1], StringComparison.Ordinal);
        var (recognitions, units, recognised, attestations, documents, unvalidated) = await Host.InScopeAsync<RecognitionDbContext, (int, int, int, int, int, int)>(async db => (
            await db.PlacementRecognitions.CountAsync(), await db.Units.CountAsync(),
            await db.Decisions.CountAsync(d => d.Outcome != RecognitionOutcome.NotRecognised), await db.Decisions.CountAsync(d => d.Attestation != null),
            await db.EuropassDocuments.CountAsync(), await db.PlacementRecognitions.CountAsync(r => r.ValidatedAt == null)));
        Assert.InRange(recognitions, 400, 700);
        Assert.InRange(units, recognitions, 2 * recognitions);
        Assert.InRange(recognised, units * 8 / 10, units - 1);
        Assert.InRange(attestations, 1, recognised);
        Assert.InRange(documents, recognitions / 6, recognitions / 3);
        Assert.Equal(0, unvalidated);
        Assert.Equal(units, await Host.InScopeAsync<RecognitionDbContext, int>(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Impact_can_count_the_demos_recognised_units_and_passes_through_the_directory()
    {
        await DemoDataRunner.SeedAsync(Host.Services, CancellationToken.None);
        var learners = await Host.InScopeAsync<RecognitionDbContext, List<Guid>>(db => db.PlacementRecognitions.Select(r => r.LearnerId).Distinct().ToListAsync());

        var decisions = await Host.InScopeAsync<IRecognitionDirectory, IReadOnlyList<UnitRecognitionSummary>>(
            d => d.GetDecisionsForLearnersAsync(learners, CancellationToken.None));

        Assert.Equal(await Host.InScopeAsync<RecognitionDbContext, int>(db => db.Units.CountAsync()), decisions.Count);
        Assert.All(decisions.Where(d => d.Outcome != RecognitionOutcome.NotRecognised), d => Assert.True(d.Passed));
        Assert.All(decisions.Where(d => d.Attestation is not null), d => Assert.True(d.SchemeCode == "ufm-fr" && d.FinalMark >= 10));
    }

    private Task<List<string>> FingerprintAsync() => Host.InScopeAsync<RecognitionDbContext, List<string>>(async db =>
    [
        .. (await db.PlacementRecognitions.AsNoTracking().OrderBy(r => r.Id).ToListAsync())
            .Select(r => $"{r.Id}|{r.PlacementId}|{r.AgreedAt:O}|{r.AssessedOn}|{r.ValidatedAt:O}"),
        .. (await db.Units.AsNoTracking().OrderBy(u => u.Id).ToListAsync()).Select(u => $"{u.Id}|{u.HostLevel}|{u.HostMark}|{u.SchoolMark}"),
        .. (await db.Decisions.AsNoTracking().OrderBy(d => d.Id).ToListAsync()).Select(d => $"{d.Id}|{d.Outcome}|{d.FinalMark}|{d.DecidedAt:O}"),
        .. (await db.EuropassDocuments.AsNoTracking().OrderBy(d => d.Id).ToListAsync()).Select(d => $"{d.Id}|{d.Number}|{d.Content.Length}"),
    ]);
}

public sealed class DemoSeedScenariosOnSqlite() : DemoSeedScenarios(DatabaseProvider.Sqlite);

public sealed class DemoSeedScenariosOnPostgres() : DemoSeedScenarios(DatabaseProvider.Postgres);
