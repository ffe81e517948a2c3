using Mobility.Charts.Data;
using Mobility.Charts.Layout;
using Mobility.Charts.Rendering;

namespace Mobility.Charts.Plottables;

/// <summary>A line with the area between it and a baseline filled.</summary>
public sealed class AreaPlot : XYPlottable
{
    internal AreaPlot(IReadOnlyList<double> xs, IReadOnlyList<double> ys, bool dates)
        : base(xs, ys, dates)
    {
    }

    /// <summary>Opacity of the fill, 0 to 1.</summary>
    public double FillOpacity { get; set; } = 0.3;

    /// <summary>The y value the area is filled down (or up) to.</summary>
    public double Baseline { get; set; }

    internal override AxisHints Hints => new() { XDateTime = XAreDates, YIncludesZero = Baseline == 0, TightY = Baseline == 0, TightX = true };

    internal override DataBounds GetBounds() => new(Interval.Of(Xs), Interval.Of(Ys).Include(Baseline));

    internal override void Render(RenderContext context)
    {
        var color = Color ?? context.Palette.GetColor(PaletteIndex);
        var line = Enumerable.Range(0, Xs.Count)
            .Where(i => double.IsFinite(Xs[i]) && double.IsFinite(Ys[i]))
            .Select(i => context.ToPixel(Xs[i], Ys[i]))
            .ToList();
        if (line.Count < 2)
        {
            return;
        }

        var baseline = context.Y.ToPixel(Baseline);
        var outline = LineDecimator.Decimate(line);
        var polygon = outline.Prepend(new Point2(outline[0].X, baseline)).Append(new Point2(outline[^1].X, baseline)).ToArray();
        context.Svg.Polygon(polygon, color.WithOpacity(FillOpacity));
        context.Svg.Polyline(outline, new Stroke(color, context.Theme.LineWidth));
    }

    internal override IEnumerable<LegendItem> GetLegendItems(Palette palette) =>
        string.IsNullOrEmpty(LegendText) ? [] : [new LegendItem(LegendText, Color ?? palette.GetColor(PaletteIndex), LegendSymbol.Box)];

    internal override string Describe() =>
        $"Area chart{(string.IsNullOrEmpty(LegendText) ? "" : $" \"{LegendText}\"")} with {Xs.Count} points.";
}
