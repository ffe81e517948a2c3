using System.Diagnostics;
using System.Globalization;
using Mobility.Charts;
using Mobility.Charts.Plottables;

// Stopwatch medians after a warm-up; run with -c Release. Figures are recorded in docs/charts.md.
const int Iterations = 15;

Measure("20-chart report (SVG)", () => Report().Sum(p => p.GetSvgXml(640, 400).Length));
Measure("100 000-point line (SVG)", () => LongLine().GetSvgXml(800, 400).Length);
Measure("100 000-point line (PNG via rsvg-convert)", () => LongLine().GetPngBytes(800, 400).Length, iterations: 5);

static void Measure(string name, Func<int> run, int iterations = Iterations)
{
    var size = run();
    run();
    var times = new List<double>();
    for (var i = 0; i < iterations; i++)
    {
        var watch = Stopwatch.StartNew();
        run();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-45} median {times[times.Count / 2],8:0.0} ms   min {times[0],8:0.0} ms   output {size / 1024.0,8:0.0} KiB"));
}

static IEnumerable<Plot> Report()
{
    string[] countries = ["Spain", "Poland", "Germany", "France", "Italy", "Portugal", "Czechia", "Finland"];
    for (var i = 0; i < 20; i++)
    {
        var plot = new Plot();
        var values = countries.Select((_, c) => 10.0 + (i * 7 + c * 13) % 40).ToArray();
        switch (i % 5)
        {
            case 0:
                plot.Add.Bars(countries, values).ValueLabels = true;
                break;
            case 1:
                plot.Add.StackedBars(countries, new BarSeries("A", values), new BarSeries("B", values.Reverse().ToArray())).ValueLabels = true;
                break;
            case 2:
                plot.Add.Scatter(values.Select((_, x) => (double)x).ToArray(), values).LegendText = "Trend";
                break;
            case 3:
                plot.Add.Donut(countries, values);
                break;
            default:
                plot.Add.Likert(countries[..4], ["--", "-", "0", "+", "++"], countries[..4].Select((_, r) => new double[] { r + 1, 4, 6, 9 - r, 5 }).ToArray());
                break;
        }

        plot.Title($"Chart {i + 1}");
        yield return plot;
    }
}

static Plot LongLine()
{
    var ys = new double[100_000];
    for (var i = 0; i < ys.Length; i++)
    {
        ys[i] = Math.Sin(i / 1000.0) + 0.2 * Math.Sin(i / 7.0);
    }

    var plot = new Plot();
    plot.Add.Signal(ys);
    plot.Title("100 000 points");
    return plot;
}
