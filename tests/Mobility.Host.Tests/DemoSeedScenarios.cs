using Mobility.BuildingBlocks.Persistence;
using Mobility.Host.Commands;
using Mobility.TestKit;

namespace Mobility.Host.Tests;

public abstract class DemoSeedScenarios(DatabaseProvider provider)
{
    [Fact]
    public async Task Seed_demo_run_twice_changes_nothing_the_second_time()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string[] args = ["seed-demo", $"--Database:Provider={provider}", $"--ConnectionStrings:Mobility={database.Options.ConnectionString}"];

        Assert.Equal(0, await CommandLine.RunAsync(args));
        var first = await DatabaseFingerprint.OfAsync(database.Options);
        Assert.Equal(0, await CommandLine.RunAsync(args));
        var second = await DatabaseFingerprint.OfAsync(database.Options);

        Assert.True(first.Rows > 1000, $"The demo holds only {first.Rows} rows.");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task The_platform_loads_the_demo_on_its_first_start_and_not_again()
    {
        string fingerprint;
        DatabaseOptions options;
        await using (var platform = await RunningPlatform.StartAsync(provider))
        {
            options = platform.Database.Options;
            var (hash, rows) = await DatabaseFingerprint.OfAsync(options);
            Assert.True(rows > 1000, $"The demo holds only {rows} rows.");
            fingerprint = hash;

            // A second start on the same, now non-empty, database.
            var app = MobilityApp.Build([
                $"--Database:Provider={provider}", $"--ConnectionStrings:Mobility={options.ConnectionString}", "--Outbox:Enabled=false"]);
            await MobilityApp.InitialiseAsync(app, CancellationToken.None);
            await app.DisposeAsync();
            Assert.Equal(fingerprint, (await DatabaseFingerprint.OfAsync(options)).Hash);
        }
    }
}

public sealed class DemoSeedScenariosOnSqlite() : DemoSeedScenarios(DatabaseProvider.Sqlite);

public sealed class DemoSeedScenariosOnPostgres() : DemoSeedScenarios(DatabaseProvider.Postgres);
