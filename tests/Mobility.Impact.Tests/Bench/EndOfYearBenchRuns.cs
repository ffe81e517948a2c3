using Mobility.Impact.Bench;

namespace Mobility.Impact.Tests.Bench;

/// <summary>
/// The end-of-year benchmark at a small size, so it cannot rot: it loads its data through the module's migrations,
/// runs the platform's end-of-year statistics and the hand-written query, and throws unless every figure agrees.
/// No timing is asserted (docs/performance.md has the figures).
/// </summary>
public sealed class EndOfYearBenchRuns
{
    [Fact]
    public async Task On_20000_placements_the_platform_and_the_hand_written_query_give_the_same_figures()
    {
        using var output = new StringWriter();

        var result = await EndOfYearBench.RunAsync(new BenchOptions(Rows: 20_000, Runs: 1, Warmups: 0), output);

        Assert.Equal(20_000, result.Placements);
        // 2 consortia; per consortium: total, consortium, year, 20 schools, 30 countries, 20 sectors, its qualifications,
        // 6 levels, 5 duration bands, 4 genders, 3 fewer-opportunity groups, each with 16 figures.
        Assert.True(result.FiguresCompared > 2 * (1 + 1 + 1 + 20 + 30 + 20 + 6 + 5 + 4 + 3) * 16, result.FiguresCompared.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("loaded 20,000 placements of 16,000 learners in 2 consortia", output.ToString(), StringComparison.Ordinal);
        Assert.True(result.Platform > 0 && result.HandWritten > 0);
    }
}
