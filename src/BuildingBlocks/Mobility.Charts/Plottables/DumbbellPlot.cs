using Mobility.Charts.Data;
using Mobility.Charts.Layout;
using Mobility.Charts.Rendering;
using Mobility.Charts.Ticks;

namespace Mobility.Charts.Plottables;

/// <summary>
/// Before/after pairs joined by a bar, one row each: for example a language level before and after a stay,
/// on an axis of ordered levels (A1 … C2) or on a numeric axis.
/// </summary>
public sealed class DumbbellPlot : Plottable
{
    internal DumbbellPlot(IReadOnlyList<string> rows, IReadOnlyList<double> before, IReadOnlyList<double> after, IReadOnlyList<string>? levels)
    {
        if (before.Count != rows.Count || after.Count != rows.Count)
        {
            throw new ArgumentException("before and after need one value per row.", nameof(before));
        }

        Rows = rows;
        Before = before;
        After = after;
        Levels = levels;
    }

    /// <summary>Row labels, top to bottom.</summary>
    public IReadOnlyList<string> Rows { get; }

    /// <summary>The first value of each row (a level index when <see cref="Levels"/> is set).</summary>
    public IReadOnlyList<double> Before { get; }

    /// <summary>The second value of each row.</summary>
    public IReadOnlyList<double> After { get; }

    /// <summary>Ordered level names for the x axis, or <c>null</c> for a numeric axis.</summary>
    public IReadOnlyList<string>? Levels { get; }

    /// <summary>Legend text of the first values.</summary>
    public string BeforeLabel { get; set; } = "Before";

    /// <summary>Legend text of the second values.</summary>
    public string AfterLabel { get; set; } = "After";

    /// <summary>Marker colour of the first values; the palette decides when <c>null</c>.</summary>
    public Color? BeforeColor { get; set; }

    /// <summary>Marker colour of the second values; the palette decides when <c>null</c>.</summary>
    public Color? AfterColor { get; set; }

    /// <summary>Marker diameter in pixels.</summary>
    public double MarkerSize { get; set; } = 11;

    internal int PaletteIndex { get; set; }

    internal override AxisHints Hints => new() { YCategories = Rows, XCategories = Levels, XGrid = true };

    internal override DataBounds GetBounds()
    {
        var x = Levels is null ? Interval.Of(Before.Concat(After)) : new Interval(-0.5, Levels.Count - 0.5);
        return new DataBounds(x, new Interval(-0.5, Rows.Count - 0.5));
    }

    internal override void Render(RenderContext context)
    {
        var (before, after) = Colors(context.Palette);
        var bar = new Stroke(Color.FromHex("#A0A0A0"), Math.Max(2, MarkerSize / 3));
        for (var i = 0; i < Rows.Count; i++)
        {
            if (!double.IsFinite(Before[i]) || !double.IsFinite(After[i]))
            {
                continue;
            }

            var from = context.ToPixel(Before[i], i);
            var to = context.ToPixel(After[i], i);
            context.Svg.Line(from, to, bar);
            MarkerRenderer.Render(context.Svg, MarkerShape.Circle, from, MarkerSize, before);
            MarkerRenderer.Render(context.Svg, MarkerShape.Circle, to, MarkerSize, after);
        }
    }

    internal override IEnumerable<LegendItem> GetLegendItems(Palette palette)
    {
        var (before, after) = Colors(palette);
        return [new LegendItem(BeforeLabel, before, LegendSymbol.Marker, MarkerShape.Circle), new LegendItem(AfterLabel, after, LegendSymbol.Marker, MarkerShape.Circle)];
    }

    internal override string Describe()
    {
        var pairs = Rows.Select((row, i) => $"{row} {Name(Before[i])} to {Name(After[i])}").ToArray();
        return $"Dumbbell chart comparing {BeforeLabel} and {AfterLabel} for {Rows.Count} rows: {DescriptionBuilder.List(pairs)}.";
    }

    private string Name(double value) =>
        Levels is not null && value >= 0 && value < Levels.Count && value == Math.Floor(value) ? Levels[(int)value] : NumberFormat.Auto(value);

    private (Color Before, Color After) Colors(Palette palette) =>
        (BeforeColor ?? palette.GetColor(PaletteIndex), AfterColor ?? palette.GetColor(PaletteIndex + 1));
}
