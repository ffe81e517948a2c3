using Mobility.Charts.Data;
using Mobility.Charts.Layout;
using Mobility.Charts.Rendering;
using Mobility.Charts.Text;
using Mobility.Charts.Ticks;

namespace Mobility.Charts.Plottables;

/// <summary>A pie or, with <see cref="DonutFraction"/>, a donut. Slices run clockwise from twelve o'clock; no axes are drawn.</summary>
public sealed class PiePlot : Plottable
{
    internal PiePlot(IReadOnlyList<PieSlice> slices) => Slices = slices;

    /// <summary>The slices, clockwise.</summary>
    public IReadOnlyList<PieSlice> Slices { get; }

    /// <summary>The hole's radius as a fraction of the outer radius: 0 for a pie, around 0.55 for a donut.</summary>
    public double DonutFraction { get; set; }

    /// <summary>Writes each slice's percentage on it when it fits, and in the legend.</summary>
    public bool ShowPercentages { get; set; } = true;

    /// <summary>Text in the hole of a donut, such as a total.</summary>
    public string? CenterText { get; set; }

    internal override AxisHints Hints { get; } = new() { NoAxes = true };

    private double Total => Slices.Sum(s => Math.Max(0, s.Value));

    internal override DataBounds GetBounds() => DataBounds.Empty;

    internal override void Render(RenderContext context)
    {
        var area = context.DataArea;
        var center = new Point2(area.CenterX, area.CenterY);
        var outer = Math.Max(1, Math.Min(area.Width, area.Height) / 2 - 2);
        var inner = outer * Math.Clamp(DonutFraction, 0, 0.95);
        var fontSize = context.Theme.FontSize;
        var angle = 0.0;
        foreach (var slice in Slices.Where(s => s.Value > 0 && Total > 0))
        {
            var sweep = slice.Value / Total * 360;
            var color = slice.ResolveColor(context.Palette);
            context.Svg.Path(SlicePath(center, outer, inner, angle, sweep), color, new Stroke(context.Theme.Background, 1.5));
            if (ShowPercentages)
            {
                var radius = inner > 0 ? (inner + outer) / 2 : outer * 0.64;
                var label = new TextBlock(Percent(slice.Value), 0, 0, fontSize, TextAnchor.Middle, VerticalAnchor.Middle);
                var fitsArc = radius * sweep * Math.PI / 180 >= label.Width + 6;
                var fitsRing = outer - inner >= TextMetrics.LineHeight(fontSize) + 4;
                if (fitsArc && fitsRing)
                {
                    var at = center + Polar(radius, angle + sweep / 2);
                    context.AddLabel(label with { X = at.X, Y = at.Y }, color.ContrastingText, area);
                }
            }

            angle += sweep;
        }

        if (!string.IsNullOrEmpty(CenterText) && inner > 0)
        {
            var text = TextMetrics.Truncate(CenterText, inner * 1.7, fontSize + 2, bold: true);
            context.AddLabel(new TextBlock(text, center.X, center.Y, fontSize + 2, TextAnchor.Middle, VerticalAnchor.Middle, Bold: true), context.Theme.Foreground, area);
        }
    }

    internal override IEnumerable<LegendItem> GetLegendItems(Palette palette) =>
        Slices.Select(s => new LegendItem(ShowPercentages ? $"{s.Label} ({Percent(s.Value)})" : s.Label, s.ResolveColor(palette), LegendSymbol.Box));

    internal override string Describe()
    {
        var kind = DonutFraction > 0 ? "Donut chart" : "Pie chart";
        var parts = Slices.Select(s => $"{s.Label} {NumberFormat.Auto(s.Value)} ({Percent(s.Value)})").ToArray();
        return $"{kind} with {Slices.Count} slices: {DescriptionBuilder.List(parts)}.";
    }

    private string Percent(double value)
    {
        var percent = Total > 0 ? Math.Max(0, value) / Total * 100 : 0;
        return percent is > 0 and < 0.5 ? "<1%" : NumberFormat.Format(percent, 0, false) + "%";
    }

    private static Point2 Polar(double radius, double degreesFromTop)
    {
        var (sin, cos) = Math.SinCos(degreesFromTop * Math.PI / 180);
        return new Point2(radius * sin, -radius * cos);
    }

    private static string SlicePath(Point2 c, double outer, double inner, double start, double sweep)
    {
        // A full circle cannot be one arc: split it in two halves.
        if (sweep >= 359.99)
        {
            var path = new PathBuilder().MoveTo(c + Polar(outer, 0)).ArcTo(outer, false, true, c + Polar(outer, 180)).ArcTo(outer, false, true, c + Polar(outer, 0)).Close();
            return inner > 0
                ? path.MoveTo(c + Polar(inner, 0)).ArcTo(inner, false, false, c + Polar(inner, 180)).ArcTo(inner, false, false, c + Polar(inner, 0)).Close().ToString()
                : path.ToString();
        }

        var large = sweep > 180;
        var end = start + sweep;
        var builder = new PathBuilder().MoveTo(c + Polar(outer, start)).ArcTo(outer, large, true, c + Polar(outer, end));
        return (inner > 0
            ? builder.LineTo(c + Polar(inner, end)).ArcTo(inner, large, false, c + Polar(inner, start))
            : builder.LineTo(c)).Close().ToString();
    }
}
