using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.Data;
using Mobility.Placements.OpenData;
using Mobility.TestKit;
using Xunit.Abstractions;

namespace Mobility.Placements.Tests.OpenData;

/// <summary>
/// The real file stays beside the clone (never copied into it). Where it is absent the test says so and checks the
/// project's own sample instead.
/// </summary>
public abstract class RealErasmusFileScenarios(DatabaseProvider provider, ITestOutputHelper output) : PlacementsTestBase(provider)
{
    private const string RelativePath = "../shared/data/erasmus/erasmus_data_germany.csv";

    [Fact]
    public async Task The_real_file_imports_with_the_counts_of_an_independent_count()
    {
        var path = Path.GetFullPath(Path.Combine(GoldenFile.RepositoryRoot(), RelativePath));
        if (!File.Exists(path))
        {
            output.WriteLine($"The real Erasmus+ file is not beside this clone at {RelativePath}; only the project's own sample was imported.");
            path = await OpenDataSample.WriteAsync(OpenDataSample.TwentyColumnsGoodRowsOnly());
        }

        var expected = IndependentCount.Of(path);
        var clock = Stopwatch.StartNew();
        var report = await Host.SendAsync(new ImportOpenData(path));
        output.WriteLine($"{Path.GetFileName(path)}: {report.RowsRead} rows, {report.Imported} imported, "
            + $"{report.Rejected.Count} rejected, {report.OrganisationsAdded} organisations, in {clock.Elapsed.TotalSeconds:0.0} s on {Host.Provider}.");

        var actual = await Host.InScopeAsync<PlacementsDbContext, IndependentCount>(async db => new IndependentCount(
            await db.OpenDataMobilities.CountAsync(),
            await db.OpenDataOrganisations.CountAsync(),
            await db.OpenDataMobilities.Join(db.OpenDataOrganisations, m => m.ReceivingOrganisationId, o => o.Id, (m, o) => o.Country)
                .Distinct().CountAsync(),
            await db.OpenDataMobilities.GroupBy(m => m.AcademicYear).ToDictionaryAsync(g => g.Key, g => g.Count())));
        Assert.Empty(report.Rejected);
        Assert.Equal((expected.Mobilities, expected.Mobilities), (report.RowsRead, report.Imported));
        Assert.Equal((expected.Mobilities, expected.Organisations, expected.ReceivingCountries), (actual.Mobilities, actual.Organisations, actual.ReceivingCountries));
        Assert.Equal(expected.RowsPerAcademicYear.OrderBy(p => p.Key), actual.RowsPerAcademicYear.OrderBy(p => p.Key));
    }
}

public sealed class RealErasmusFileScenariosOnSqlite(ITestOutputHelper output) : RealErasmusFileScenarios(DatabaseProvider.Sqlite, output);

public sealed class RealErasmusFileScenariosOnPostgres(ITestOutputHelper output) : RealErasmusFileScenarios(DatabaseProvider.Postgres, output);
