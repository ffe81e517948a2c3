using Mobility.Charts.Plottables;

namespace Mobility.Charts.Gallery;

/// <summary>Every chart type with realistic but generic sample data.</summary>
internal static class Samples
{
    public static IReadOnlyList<Sample> All { get; } =
    [
        new("bars", "Bars with value labels", Bars),
        new("grouped-bars", "Grouped bars", GroupedBars),
        new("stacked-bars", "Stacked bars", StackedBars),
        new("horizontal-bars", "Horizontal bars", HorizontalBars),
        new("dense-categories", "Dense category axis", DenseCategories),
        new("lines", "Lines with markers over dates", Lines),
    ];

    private static readonly string[] Countries = ["Spain", "Poland", "Germany", "France", "Italy", "Portugal", "Türkiye", "Czechia"];

    private static Plot Bars()
    {
        var plt = new Plot();
        var bars = plt.Add.Bars(Countries[..6], [42, 35, 28, 19, 12, 7]);
        bars.ValueLabels = true;
        plt.Title("Participants by destination country");
        plt.YLabel("Participants");
        return plt;
    }

    private static Plot GroupedBars()
    {
        var plt = new Plot();
        plt.Add.GroupedBars(
            ["2022", "2023", "2024", "2025"],
            new BarSeries("Short-term", [24, 31, 38, 44]),
            new BarSeries("Long-term", [6, 9, 8, 13]),
            new BarSeries("Staff", [4, 5, 7, 6])).ValueLabels = true;
        plt.Title("Mobilities per year and type");
        plt.YLabel("Mobilities");
        return plt;
    }

    private static Plot StackedBars()
    {
        var plt = new Plot();
        var bars = plt.Add.StackedBars(
            ["Hospitality", "Automotive", "ICT", "Health care", "Construction"],
            new BarSeries("Completed", [18, 12, 15, 9, 6]),
            new BarSeries("Ongoing", [4, 6, 3, 5, 2]),
            new BarSeries("Cancelled", [1, 0, 2, 1, 1]));
        bars.ValueLabels = true;
        plt.Title("Placements by sector and status");
        plt.YLabel("Placements");
        return plt;
    }

    private static Plot HorizontalBars()
    {
        var plt = new Plot();
        var bars = plt.Add.HorizontalBars(
            ["Teamwork", "Foreign language", "Problem solving", "Digital skills", "Intercultural awareness", "Self-confidence"],
            [4.6, 4.4, 4.1, 3.8, 4.7, 4.5]);
        bars.ValueLabels = true;
        plt.Title("Self-assessed skill gain (1–5)");
        plt.XLabel("Mean score");
        return plt;
    }

    private static Plot DenseCategories()
    {
        var plt = new Plot();
        string[] cities = ["A Coruña", "Białystok", "Bratislava", "České Budějovice", "Düsseldorf", "Göteborg", "Ljubljana", "Łódź", "Málaga", "München", "Nürnberg", "Poznań", "Reykjavík", "Sevilla", "Thessaloniki", "Trondheim", "València", "Wrocław", "Zaragoza", "Zürich"];
        plt.Add.Bars(cities, cities.Select((c, i) => 5.0 + (i * 7 % 13)).ToArray());
        plt.Title("Host companies per city");
        return plt;
    }

    private static Plot Lines()
    {
        var plt = new Plot();
        var months = Enumerable.Range(0, 24).Select(i => new DateTime(2024, 1, 1).AddMonths(i)).ToArray();
        plt.Add.Scatter(months, months.Select((_, i) => 20 + 8 * Math.Sin(i / 3.0) + i).ToArray()).LegendText = "Applications";
        plt.Add.Scatter(months, months.Select((_, i) => 12 + 5 * Math.Sin(i / 3.0 + 1) + i * 0.6).ToArray()).LegendText = "Selected";
        plt.Title("Applications and selections per month");
        plt.YLabel("Learners");
        return plt;
    }
}
