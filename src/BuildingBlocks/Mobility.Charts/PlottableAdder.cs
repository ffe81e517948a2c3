using Mobility.Charts.Plottables;

namespace Mobility.Charts;

/// <summary>Creates plottables, adds them to the plot and returns them for further styling (<c>plt.Add.Bars(...)</c>).</summary>
public sealed partial class PlottableAdder
{
    private readonly Plot _plot;

    internal PlottableAdder(Plot plot) => _plot = plot;

    /// <summary>Bars of one unnamed series, one per category.</summary>
    /// <param name="categories">Category names, in order.</param>
    /// <param name="values">One value per category.</param>
    /// <returns>The bar chart.</returns>
    public BarChart Bars(string[] categories, double[] values) => GroupedBars(categories, new BarSeries(null, values));

    /// <summary>Bars at categories named 1, 2, 3, ….</summary>
    /// <param name="values">The values.</param>
    /// <returns>The bar chart.</returns>
    public BarChart Bars(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Bars(Enumerable.Range(1, values.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), values);
    }

    /// <summary>Horizontal bars of one unnamed series; the first category is at the top.</summary>
    /// <param name="categories">Category names, in order.</param>
    /// <param name="values">One value per category.</param>
    /// <returns>The bar chart.</returns>
    public BarChart HorizontalBars(string[] categories, double[] values)
    {
        var bars = Bars(categories, values);
        bars.Horizontal = true;
        return bars;
    }

    /// <summary>Several series side by side in each category; no positions to compute.</summary>
    /// <param name="categories">Category names, in order.</param>
    /// <param name="series">The series, each with one value per category.</param>
    /// <returns>The bar chart.</returns>
    public BarChart GroupedBars(string[] categories, params BarSeries[] series)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        foreach (var s in series)
        {
            s.PaletteIndex = _plot.NextPaletteIndex();
        }

        return _plot.Register(new BarChart(categories.ToArray(), series.ToArray()));
    }

    /// <summary>Several series stacked in each category, with totals summed for you.</summary>
    /// <param name="categories">Category names, in order.</param>
    /// <param name="series">The series, each with one value per category.</param>
    /// <returns>The bar chart.</returns>
    public BarChart StackedBars(string[] categories, params BarSeries[] series)
    {
        var bars = GroupedBars(categories, series);
        bars.Mode = BarMode.Stacked;
        return bars;
    }

    /// <summary>A line with circle markers.</summary>
    /// <param name="xs">X values.</param>
    /// <param name="ys">Y values.</param>
    /// <returns>The scatter plot.</returns>
    public ScatterPlot Scatter(double[] xs, double[] ys) => AddScatter(xs, ys, dates: false);

    /// <summary>A line with markers over dates; switches the bottom axis to date ticks.</summary>
    /// <param name="xs">Dates.</param>
    /// <param name="ys">Y values.</param>
    /// <returns>The scatter plot.</returns>
    public ScatterPlot Scatter(DateTime[] xs, double[] ys) => AddScatter(ToOADates(xs), ys, dates: true);

    /// <summary>A line without markers.</summary>
    /// <param name="xs">X values.</param>
    /// <param name="ys">Y values.</param>
    /// <returns>The scatter plot.</returns>
    public ScatterPlot ScatterLine(double[] xs, double[] ys)
    {
        var scatter = Scatter(xs, ys);
        scatter.MarkerShape = MarkerShape.None;
        return scatter;
    }

    /// <summary>A line without markers over dates.</summary>
    /// <param name="xs">Dates.</param>
    /// <param name="ys">Y values.</param>
    /// <returns>The scatter plot.</returns>
    public ScatterPlot ScatterLine(DateTime[] xs, double[] ys)
    {
        var scatter = Scatter(xs, ys);
        scatter.MarkerShape = MarkerShape.None;
        return scatter;
    }

    /// <summary>Markers only, no line.</summary>
    /// <param name="xs">X values.</param>
    /// <param name="ys">Y values.</param>
    /// <returns>The scatter plot.</returns>
    public ScatterPlot ScatterPoints(double[] xs, double[] ys)
    {
        var scatter = Scatter(xs, ys);
        scatter.LineWidth = 0;
        return scatter;
    }

    /// <summary>Evenly spaced values (x = index × period) as a line; long series are thinned per pixel when drawn.</summary>
    /// <param name="ys">Y values.</param>
    /// <param name="period">X distance between values.</param>
    /// <returns>The scatter plot.</returns>
    public ScatterPlot Signal(double[] ys, double period = 1)
    {
        ArgumentNullException.ThrowIfNull(ys);
        var xs = new double[ys.Length];
        for (var i = 0; i < xs.Length; i++)
        {
            xs[i] = i * period;
        }

        return ScatterLine(xs, ys);
    }

    /// <summary>A filled area between a line and zero.</summary>
    /// <param name="xs">X values, ascending.</param>
    /// <param name="ys">Y values.</param>
    /// <returns>The area plot.</returns>
    public AreaPlot Area(double[] xs, double[] ys) => AddArea(xs, ys, dates: false);

    /// <summary>A filled area over dates.</summary>
    /// <param name="xs">Dates, ascending.</param>
    /// <param name="ys">Y values.</param>
    /// <returns>The area plot.</returns>
    public AreaPlot Area(DateTime[] xs, double[] ys) => AddArea(ToOADates(xs), ys, dates: true);

    private ScatterPlot AddScatter(double[] xs, double[] ys, bool dates)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        return _plot.Register(new ScatterPlot(xs.ToArray(), ys.ToArray(), dates) { PaletteIndex = _plot.NextPaletteIndex() });
    }

    private AreaPlot AddArea(double[] xs, double[] ys, bool dates)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        return _plot.Register(new AreaPlot(xs.ToArray(), ys.ToArray(), dates) { PaletteIndex = _plot.NextPaletteIndex() });
    }

    private static double[] ToOADates(DateTime[] dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return dates.Select(d => d.ToOADate()).ToArray();
    }
}
