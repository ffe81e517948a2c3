using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Impact.Jobs;
using Mobility.Impact.Snapshots;
using Mobility.TestKit;
using Npgsql;

namespace Mobility.Impact.Bench;

/// <summary>
/// Loads the population into a throwaway PostgreSQL database whose Impact schema the module's own migrations create,
/// then times, run after run, the platform's end-of-year statistics (<see cref="RunEndOfYear"/> without its reports:
/// the facts refreshed for every learner, then one snapshot per consortium by every dimension) against the one
/// hand-written query, and checks that every figure agrees.
/// </summary>
internal static class EndOfYearBench
{
    public static async Task<BenchResult> RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var services = await StartImpactAsync(database.Options.ConnectionString);
        await using var connection = new NpgsqlConnection(database.Options.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await output.WriteLineAsync(await ScalarAsync(connection, "SELECT version()", cancellationToken));

        var watch = Stopwatch.StartNew();
        var data = BenchData.Create(options.Rows, options.Seed);
        await data.LoadAsync(connection, cancellationToken);
        await ExecuteAsync(connection, "VACUUM ANALYZE", cancellationToken);
        await output.WriteLineAsync(Invariant($"loaded {data.Placements:N0} placements of {data.Learners:N0} learners in {data.Consortia} consortia with their outcomes in {watch.Elapsed.TotalSeconds:F1} s"));

        var platform = new List<double>();
        var upToDate = new List<double>();
        var handWritten = new List<double>();
        List<Figure> platformFigures = [];
        List<Figure> handFigures = [];
        for (var run = -options.Warmups; run < options.Runs; run++)
        {
            // Every learner marked, as after a year of events: the run rebuilds all the facts, as the hand-written query reads everything.
            await ExecuteAsync(connection, """
                INSERT INTO impact.pending_refreshes (learner_id, marked_at) SELECT learner_id, now() FROM impact.learner_profiles
                ON CONFLICT (learner_id) DO UPDATE SET marked_at = excluded.marked_at
                """, cancellationToken);
            await ExecuteAsync(connection, "VACUUM ANALYZE", cancellationToken);
            var (full, snapshots) = await TimeAsync(() => EndOfYearAsync(services, cancellationToken));
            var (warm, _) = await TimeAsync(() => EndOfYearAsync(services, cancellationToken));
            var (hand, figures) = await TimeAsync(() => HandWrittenStatistics.RunAsync(connection, BenchData.AcademicYear, cancellationToken));
            var label = run < 0 ? "warm-up" : Invariant($"run {run + 1}");
            await output.WriteLineAsync(Invariant($"{label}: platform {full:F2} s (facts up to date: {warm:F2} s), hand-written query {hand:F2} s"));
            if (run >= 0)
            {
                platform.Add(full);
                upToDate.Add(warm);
                handWritten.Add(hand);
            }

            platformFigures = await FiguresAsync(services, snapshots, cancellationToken);
            handFigures = figures;
        }

        var compared = FigureComparison.AssertEqual(platformFigures, handFigures);
        var result = new BenchResult(data.Placements, Median(platform), Median(upToDate), Median(handWritten), compared);
        await output.WriteLineAsync(Invariant(
            $"median of {options.Runs}: platform {result.Platform:F2} s, platform with facts up to date {result.PlatformUpToDate:F2} s, hand-written query {result.HandWritten:F2} s"));
        return result;
    }

    private static async Task<ServiceProvider> StartImpactAsync(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.Postgres),
            ["ConnectionStrings:Mobility"] = connectionString,
            ["Outbox:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l =>
        {
            l.SetMinimumLevel(LogLevel.Warning);
            if (Environment.GetEnvironmentVariable("MOBILITY_BENCH_SQL") == "1")
            {
                l.AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
            }
        });
        services.AddSingleton<IConfiguration>(configuration);
        services.AddModules(configuration, [new ImpactModule()]);
        var provider = services.BuildServiceProvider();
        await provider.InitialiseModulesAsync(CancellationToken.None);
        return provider;
    }

    /// <summary>What the end-of-year job sends, outside any request (as the platform itself).</summary>
    private static async Task<IReadOnlyList<Guid>> EndOfYearAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunEndOfYear(BenchData.YearEnd, Reports: false), cancellationToken);
    }

    /// <summary>The stored figures of each consortium's end-of-year snapshot, as a report reads them.</summary>
    private static async Task<List<Figure>> FiguresAsync(IServiceProvider services, IReadOnlyList<Guid> snapshots, CancellationToken cancellationToken)
    {
        var figures = new List<Figure>();
        foreach (var id in snapshots)
        {
            await using var scope = services.CreateAsyncScope();
            var stored = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetSnapshotFigures(id), cancellationToken);
            var consortium = stored.Parameters.Filter.ConsortiumId ?? throw new InvalidOperationException("An end-of-year snapshot without its consortium.");
            figures.AddRange(stored.Figures.Select(f => new Figure(
                consortium, f.Indicator.ToString(), f.Dimension.ToString(), f.Group, f.Skill,
                (long)(f.Numerator ?? 0), f.Denominator ?? 0) { Stored = f.Value }));
        }

        return figures;
    }

    private static async Task<(double Seconds, T Result)> TimeAsync<T>(Func<Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        var result = await action();
        return (watch.Elapsed.TotalSeconds, result);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Median times in seconds, and how many figures were found equal.</summary>
internal sealed record BenchResult(int Placements, double Platform, double PlatformUpToDate, double HandWritten, int FiguresCompared)
{
    public double Ratio => Platform / HandWritten;
}
