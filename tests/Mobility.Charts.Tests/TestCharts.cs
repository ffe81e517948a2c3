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
        ["stacked-100-bars"] = Stacked100,
        ["area"] = Area,
        ["pie"] = Pie,
        ["donut"] = Donut,
        ["histogram"] = Histogram,
        ["heatmap"] = Heatmap,
        ["likert"] = Likert,
        ["dumbbell"] = Dumbbell,
        ["annotations"] = Annotations,
    };

    public static Multiplot SmallMultiples()
    {
        var grid = new Multiplot(1, 2);
        grid.GetPlot(0, 0).Add.Bars(["A", "B"], [2, 4]);
        grid.GetPlot(0, 0).Title("Left");
        grid.GetPlot(0, 1).Add.Bars(["A", "B"], [8, 1]);
        grid.GetPlot(0, 1).Title("Right");
        grid.ShareY();
        grid.Title("Small multiples");
        return grid;
    }

    public static Plot Stacked100()
    {
        var plt = new Plot();
        var bars = plt.Add.StackedBars(["One", "Two"], new BarSeries("Yes", [3, 1]), new BarSeries("No", [1, 1]));
        bars.Mode = BarMode.Stacked100;
        bars.Horizontal = true;
        bars.ValueLabels = true;
        plt.Title("Stacked to 100 %");
        return plt;
    }

    public static Plot Area()
    {
        var plt = new Plot();
        plt.Add.Area([0, 1, 2, 3, 4], [1, 3, 2, 5, 4]).LegendText = "Level";
        plt.Title("Area");
        return plt;
    }

    public static Plot Pie()
    {
        var plt = new Plot();
        plt.Add.Pie(["Travel", "Support", "Other"], [50, 30, 20]);
        plt.Title("Pie");
        return plt;
    }

    public static Plot Donut()
    {
        var plt = new Plot();
        plt.Add.Donut(["Yes", "No"], [3, 1]).CenterText = "4 answers";
        plt.Title("Donut");
        return plt;
    }

    public static Plot Histogram()
    {
        var plt = new Plot();
        plt.Add.Histogram([1, 2, 2, 3, 3, 3, 4, 4, 5, 7, 8, 12]);
        plt.Title("Histogram");
        return plt;
    }

    public static Plot Heatmap()
    {
        var plt = new Plot();
        plt.Add.Heatmap(new double[,] { { 1, 5, double.NaN }, { 7, 0, 3 } }, ["España", "Polska"], ["Éire", "Malta", "Österreich"]);
        plt.Title("Heatmap");
        return plt;
    }

    public static Plot Likert()
    {
        var plt = new Plot();
        plt.Add.Likert(["Useful", "Well organised"], ["Disagree", "Neutral", "Agree"], [[2, 3, 5], [1, 1, 8]]);
        plt.Title("Likert");
        return plt;
    }

    public static Plot Dumbbell()
    {
        var plt = new Plot();
        plt.Add.Dumbbells(["Ana", "Łukasz", "Şule"], ["A2", "B1", "A1"], ["B1", "B2", "A2"], ["A1", "A2", "B1", "B2", "C1", "C2"]);
        plt.Title("CEFR before and after");
        return plt;
    }

    public static Plot Annotations()
    {
        var plt = new Plot();
        plt.Add.ScatterLine([0, 1, 2, 3], [1, 2, 4, 3]);
        plt.Add.HorizontalLine(3.5, "Target");
        plt.Add.VerticalLine(1.5);
        plt.Add.Text("peak", 2, 4.2);
        plt.Add.Annotation("Source: sample data", Corner.LowerRight);
        plt.Title("Annotations");
        return plt;
    }

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
