using System.Globalization;
using Mobility.Impact.Bench;

// End-of-year statistics over many placements in PostgreSQL: the platform's code path against one hand-written query.
// Usage: dotnet run -c Release --project bench/Mobility.Impact.Bench -- [--rows 1000000] [--runs 5] [--warmups 1]
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("Usage: Mobility.Impact.Bench [--rows N (placements, default 1000000)] [--runs N (default 5)] [--warmups N (default 1)]");
    return 2;
}

var result = await EndOfYearBench.RunAsync(options, Console.Out);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratio platform / hand-written: {result.Ratio:F2} (target at most 1.5); figures compared: {result.FiguresCompared}, all equal"));
return 0;
