using Mobility.Charts.Plottables;

namespace Mobility.Charts.Tests;

/// <summary>Small charts with fixed data, one per chart type, shared by the golden and behavioural tests.</summary>
internal static class TestCharts
{
    public static IReadOnlyDictionary<string, Func<Plot>> All { get; } = new Dictionary<string, Func<Plot>>
    {
        ["bars"] = Bars,
        ["grouped-bars"] = GroupedBars,
        ["stacked-bars"] = StackedBars,
        ["horizontal-bars"] = HorizontalBars,
        ["dense-categories"] = () => DenseCategories(30),
        ["lines-over-dates"] = LinesOverDates,
        ["scatter-points"] = ScatterPoints,
        ["print-theme"] = PrintTheme,
    };

    public static Plot Bars()
    {
        var plt = new Plot();
        plt.Add.Bars(["North", "South", "East", "West"], [12, 7, 9.5, 3]).ValueLabels = true;
        plt.Title("Bars");
        plt.YLabel("Count");
        return plt;
    }

    public static Plot GroupedBars()
    {
        var plt = new Plot();
        plt.Add.GroupedBars(["2023", "2024", "2025"], new BarSeries("Alpha", [3, 5, 8]), new BarSeries("Beta", [4, 2, 6])).ValueLabels = true;
        plt.Title("Grouped bars");
        return plt;
    }

    public static Plot StackedBars()
    {
        var plt = new Plot();
        plt.Add.StackedBars(["Q1", "Q2", "Q3"], new BarSeries("Done", [10, 12, 9]), new BarSeries("Open", [3, 1, 4])).ValueLabels = true;
        plt.Title("Stacked bars");
        return plt;
    }

    public static Plot HorizontalBars()
    {
        var plt = new Plot();
        plt.Add.HorizontalBars(["Teamwork", "Languages", "Digital skills"], [4.5, 3.9, 4.2]).ValueLabels = true;
        plt.Title("Horizontal bars");
        plt.XLabel("Mean score");
        return plt;
    }

    public static Plot DenseCategories(int count)
    {
        var plt = new Plot();
        var names = Enumerable.Range(0, count).Select(i => $"Category number {i + 1}").ToArray();
        plt.Add.Bars(names, names.Select((_, i) => (double)(i % 7 + 1)).ToArray());
        plt.Title("Dense categories");
        return plt;
    }

    public static Plot LinesOverDates()
    {
        var plt = new Plot();
        var days = Enumerable.Range(0, 12).Select(i => new DateTime(2025, 1, 1).AddMonths(i)).ToArray();
        plt.Add.Scatter(days, days.Select((_, i) => (double)(i * i % 17)).ToArray()).LegendText = "Series A";
        plt.Add.ScatterLine(days, days.Select((_, i) => 10.0 - i % 5).ToArray()).LegendText = "Series B";
        plt.Title("Lines over dates");
        return plt;
    }

    public static Plot ScatterPoints()
    {
        var plt = new Plot();
        plt.Add.ScatterPoints([0.5, 1.2, 2.8, 3.1, 4.4], [2.1, 3.3, 2.9, 4.8, 4.1]).MarkerShape = MarkerShape.Diamond;
        plt.Title("Scatter points");
        plt.XLabel("Hours of preparation");
        plt.YLabel("Score");
        return plt;
    }

    public static Plot PrintTheme()
    {
        var plt = GroupedBars();
        plt.Theme = Theme.Print;
        plt.Title("Print theme");
        return plt;
    }
}
