using Mobility.Charts.Plottables;

namespace Mobility.Charts;

/// <summary>Pies, histograms, heatmaps, survey and before/after charts, and annotations.</summary>
public sealed partial class PlottableAdder
{
    /// <summary>A pie with one slice per label.</summary>
    /// <param name="labels">Slice names (legend text).</param>
    /// <param name="values">One value per slice.</param>
    /// <returns>The pie.</returns>
    public PiePlot Pie(string[] labels, double[] values)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        if (labels.Length != values.Length)
        {
            throw new ArgumentException("Each slice needs one label.", nameof(labels));
        }

        var slices = labels.Zip(values, (l, v) => new PieSlice(l, v) { PaletteIndex = _plot.NextPaletteIndex() }).ToArray();
        return _plot.Register(new PiePlot(slices));
    }

    /// <summary>A donut: a pie with a hole, optionally with text in the middle.</summary>
    /// <param name="labels">Slice names.</param>
    /// <param name="values">One value per slice.</param>
    /// <param name="holeFraction">The hole's radius as a fraction of the outer radius.</param>
    /// <returns>The donut.</returns>
    public PiePlot Donut(string[] labels, double[] values, double holeFraction = 0.55)
    {
        var pie = Pie(labels, values);
        pie.DonutFraction = holeFraction;
        return pie;
    }

    /// <summary>A histogram of <paramref name="values"/> with round bin edges.</summary>
    /// <param name="values">The raw values.</param>
    /// <param name="binCount">About how many bins; Sturges' rule when <c>null</c>.</param>
    /// <returns>The histogram.</returns>
    public Histogram Histogram(double[] values, int? binCount = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return _plot.Register(new Histogram(values.ToArray(), binCount) { PaletteIndex = _plot.NextPaletteIndex() });
    }

    /// <summary>A heatmap of <paramref name="values"/>[row, column] over two category axes.</summary>
    /// <param name="values">The cell values; NaN for none.</param>
    /// <param name="rows">Row labels, top to bottom.</param>
    /// <param name="columns">Column labels, left to right.</param>
    /// <returns>The heatmap.</returns>
    public Heatmap Heatmap(double[,] values, string[] rows, string[] columns)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        return _plot.Register(new Heatmap(values, rows.ToArray(), columns.ToArray()));
    }

    /// <summary>Diverging stacked bars for rating-scale (Likert) answers.</summary>
    /// <param name="items">The questions, top to bottom.</param>
    /// <param name="levels">Answer levels from most negative to most positive.</param>
    /// <param name="counts">One row per item with one count per level.</param>
    /// <returns>The Likert plot.</returns>
    public LikertPlot Likert(string[] items, string[] levels, double[][] counts)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(counts);
        return _plot.Register(new LikertPlot(items.ToArray(), levels.ToArray(), counts.Select(r => (IReadOnlyList<double>)r.ToArray()).ToArray()));
    }

    /// <summary>Before/after pairs on a numeric axis.</summary>
    /// <param name="rows">Row labels, top to bottom.</param>
    /// <param name="before">First values.</param>
    /// <param name="after">Second values.</param>
    /// <returns>The dumbbell plot.</returns>
    public DumbbellPlot Dumbbells(string[] rows, double[] before, double[] after)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return AddDumbbells(new DumbbellPlot(rows.ToArray(), before.ToArray(), after.ToArray(), null));
    }

    /// <summary>Before/after pairs on an axis of ordered levels, such as A1, A2, B1, B2, C1, C2.</summary>
    /// <param name="rows">Row labels, top to bottom.</param>
    /// <param name="before">First level of each row.</param>
    /// <param name="after">Second level of each row.</param>
    /// <param name="levels">All levels in order; every value must be one of them.</param>
    /// <returns>The dumbbell plot.</returns>
    public DumbbellPlot Dumbbells(string[] rows, string[] before, string[] after, string[] levels)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(levels);
        double IndexOf(string level) => Array.IndexOf(levels, level) is var i and >= 0
            ? i
            : throw new ArgumentException($"'{level}' is not one of the levels {string.Join(", ", levels)}.", nameof(levels));
        return AddDumbbells(new DumbbellPlot(rows.ToArray(), before.Select(IndexOf).ToArray(), after.Select(IndexOf).ToArray(), levels.ToArray()));
    }

    /// <summary>A horizontal line at <paramref name="y"/>.</summary>
    /// <param name="y">The value.</param>
    /// <param name="label">Optional text along the line.</param>
    /// <returns>The line.</returns>
    public ReferenceLine HorizontalLine(double y, string? label = null) => _plot.Register(new ReferenceLine(y, vertical: false, label));

    /// <summary>A vertical line at <paramref name="x"/>.</summary>
    /// <param name="x">The value.</param>
    /// <param name="label">Optional text along the line.</param>
    /// <returns>The line.</returns>
    public ReferenceLine VerticalLine(double x, string? label = null) => _plot.Register(new ReferenceLine(x, vertical: true, label));

    /// <summary>A vertical line at a date.</summary>
    /// <param name="x">The date.</param>
    /// <param name="label">Optional text along the line.</param>
    /// <returns>The line.</returns>
    public ReferenceLine VerticalLine(DateTime x, string? label = null) => VerticalLine(x.ToOADate(), label);

    /// <summary>Text centred on a data point.</summary>
    /// <param name="text">The text.</param>
    /// <param name="x">X in data units.</param>
    /// <param name="y">Y in data units.</param>
    /// <returns>The label.</returns>
    public TextLabel Text(string text, double x, double y) => _plot.Register(new TextLabel(text, x, y));

    /// <summary>A boxed note in a corner of the data area.</summary>
    /// <param name="text">The note.</param>
    /// <param name="corner">Where to pin it.</param>
    /// <returns>The annotation.</returns>
    public Annotation Annotation(string text, Corner corner = Corner.UpperLeft) => _plot.Register(new Annotation(text, corner));

    private DumbbellPlot AddDumbbells(DumbbellPlot plot)
    {
        plot.PaletteIndex = _plot.NextPaletteIndex();
        _plot.NextPaletteIndex();
        return _plot.Register(plot);
    }
}
