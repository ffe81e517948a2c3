using Mobility.Charts.Plottables;

namespace Mobility.Charts.Gallery;

/// <summary>Every chart type with realistic but generic sample data.</summary>
internal static class Samples
{
    public static IReadOnlyList<Sample> All { get; } =
    [
        Sample.Of("bars", "Bars with value labels", Bars),
        Sample.Of("grouped-bars", "Grouped bars", GroupedBars),
        Sample.Of("stacked-bars", "Stacked bars with totals", StackedBars),
        Sample.Of("stacked-100-bars", "Horizontal bars stacked to 100 %", Stacked100),
        Sample.Of("horizontal-bars", "Horizontal bars", HorizontalBars),
        Sample.Of("dense-categories", "Dense category axis: labels rotated, never overlapping", DenseCategories),
        Sample.Of("lines", "Lines with markers over dates", Lines),
        Sample.Of("scatter", "Scatter points", Scatter),
        Sample.Of("area", "Area", Area),
        Sample.Of("pie", "Pie", Pie, 560, 360),
        Sample.Of("donut", "Donut with centre text", Donut, 560, 360),
        Sample.Of("histogram", "Histogram", Histogram),
        Sample.Of("heatmap", "Heatmap: sending × receiving country", Heatmap, 640, 440),
        Sample.Of("likert", "Diverging stacked bars for Likert answers", Likert, 760, 380),
        Sample.Of("dumbbell", "Before/after dumbbells on CEFR levels", Dumbbell, 640, 420),
        Sample.Of("annotations", "Reference lines and annotations", Annotations),
        Sample.Of("small-multiples", "Small multiples with a shared scale", SmallMultiples, 760, 520),
        Sample.Of("print-theme", "Print theme", PrintTheme),
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

    private static Plot Stacked100()
    {
        var plt = new Plot();
        var bars = plt.Add.StackedBars(
            ["Spain", "Poland", "Germany", "Italy"],
            new BarSeries("Female", [52, 31, 40, 18]),
            new BarSeries("Male", [44, 35, 30, 21]),
            new BarSeries("Not stated", [4, 2, 1, 3]));
        bars.Mode = BarMode.Stacked100;
        bars.Horizontal = true;
        bars.ValueLabels = true;
        plt.Title("Participants by country and gender");
        return plt;
    }

    private static Plot Scatter()
    {
        var plt = new Plot();
        double[] prep = [2, 4, 5, 6, 8, 9, 10, 12, 14, 15, 18, 20, 22, 25];
        double[] gain = [0.2, 0.5, 0.4, 0.9, 0.8, 1.2, 1.0, 1.4, 1.3, 1.8, 1.7, 2.1, 1.9, 2.4];
        plt.Add.ScatterPoints(prep, gain).LegendText = "Learner";
        plt.Title("Preparation hours and language gain");
        plt.XLabel("Hours of language preparation");
        plt.YLabel("Gain in CEFR sub-levels");
        return plt;
    }

    private static Plot Area()
    {
        var plt = new Plot();
        var weeks = Enumerable.Range(0, 30).Select(i => new DateTime(2025, 1, 6).AddDays(7 * i)).ToArray();
        plt.Add.Area(weeks, weeks.Select((_, i) => 40 + 25 * Math.Sin(i / 4.0) + i).ToArray()).LegendText = "Learners abroad";
        plt.Title("Learners abroad per week");
        return plt;
    }

    private static Plot Pie()
    {
        var plt = new Plot();
        plt.Add.Pie(["Travel", "Individual support", "Organisational support", "Inclusion support", "Exceptional costs"], [31_200, 58_400, 14_600, 4_300, 900]);
        plt.Title("Grant by budget category");
        return plt;
    }

    private static Plot Donut()
    {
        var plt = new Plot();
        var donut = plt.Add.Donut(["Hospitality", "Automotive", "ICT", "Health care", "Construction"], [34, 22, 28, 25, 17]);
        donut.CenterText = "126 learners";
        plt.Title("Learners by sector");
        return plt;
    }

    private static Plot Histogram()
    {
        var plt = new Plot();
        var durations = Enumerable.Range(0, 180).Select(i => 14 + 70 * Math.Pow(((i * 37) % 101) / 100.0, 1.6) + (i % 7)).ToArray();
        plt.Add.Histogram(durations);
        plt.Title("Length of stay");
        plt.XLabel("Days abroad");
        plt.YLabel("Participants");
        return plt;
    }

    private static Plot Heatmap()
    {
        var plt = new Plot();
        string[] sending = ["Spain", "Poland", "Germany", "France", "Italy", "Portugal"];
        string[] receiving = ["Ireland", "Malta", "Germany", "Finland", "Czechia", "Austria", "Netherlands"];
        var values = new double[sending.Length, receiving.Length];
        for (var r = 0; r < sending.Length; r++)
        {
            for (var c = 0; c < receiving.Length; c++)
            {
                values[r, c] = sending[r] == receiving[c] ? double.NaN : (r * 7 + c * 11) % 23 + (c == 0 ? 12 : 0);
            }
        }

        plt.Add.Heatmap(values, sending, receiving);
        plt.Title("Mobilities by sending and receiving country");
        plt.XLabel("Receiving country");
        plt.YLabel("Sending country");
        return plt;
    }

    private static Plot Likert()
    {
        var plt = new Plot();
        plt.Add.Likert(
            ["The placement met my expectations", "I improved my language skills", "My host tutor supported me", "Preparation before departure was sufficient", "I would recommend the stay to others"],
            ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"],
            [[3, 6, 14, 48, 29], [1, 5, 10, 41, 43], [6, 9, 12, 38, 35], [9, 17, 21, 34, 19], [1, 2, 6, 30, 61]]);
        plt.Title("Participant survey (n = 100)");
        return plt;
    }

    private static Plot Dumbbell()
    {
        var plt = new Plot();
        plt.Add.Dumbbells(
            ["Learner 01", "Learner 02", "Learner 03", "Learner 04", "Learner 05", "Learner 06", "Learner 07", "Learner 08"],
            ["A2", "A1", "B1", "A2", "B2", "A2", "B1", "A1"],
            ["B1", "A2", "B2", "B1", "B2", "B2", "C1", "A2"],
            ["A1", "A2", "B1", "B2", "C1", "C2"]);
        plt.Title("Language level before and after the stay");
        plt.XLabel("CEFR level");
        return plt;
    }

    private static Plot Annotations()
    {
        var plt = new Plot();
        var months = Enumerable.Range(0, 18).Select(i => new DateTime(2024, 9, 1).AddMonths(i)).ToArray();
        plt.Add.ScatterLine(months, months.Select((_, i) => 8 + i * 2.5 + 4 * Math.Sin(i)).ToArray()).LegendText = "Completed mobilities";
        plt.Add.HorizontalLine(40, "Target: 40");
        plt.Add.VerticalLine(new DateTime(2025, 6, 1), "Second call");
        plt.Add.Annotation("Source: project records", Corner.UpperLeft);
        plt.Title("Progress towards the target");
        plt.ShowLegend(LegendPosition.Bottom);
        return plt;
    }

    private static Multiplot SmallMultiples()
    {
        var grid = new Multiplot(2, 2);
        string[] years = ["2022", "2023", "2024", "2025"];
        (string Country, double[] Values)[] data = [("Spain", [12, 18, 22, 30]), ("Poland", [8, 9, 15, 14]), ("Germany", [20, 21, 19, 26]), ("Italy", [4, 7, 11, 16])];
        for (var i = 0; i < data.Length; i++)
        {
            var plot = grid.GetPlot(i / 2, i % 2);
            plot.Add.Bars(years, data[i].Values).ValueLabels = true;
            plot.Title(data[i].Country);
        }

        grid.ShareY();
        grid.Title("Mobilities per year by sending country");
        return grid;
    }

    private static Plot PrintTheme()
    {
        var plt = GroupedBars();
        plt.Theme = Theme.Print;
        plt.Title("Mobilities per year and type (print theme)");
        return plt;
    }
}
