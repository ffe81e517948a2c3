using Mobility.Charts.Data;
using Mobility.Charts.Layout;
using Mobility.Charts.Rendering;
using Mobility.Charts.Text;
using Mobility.Charts.Ticks;

namespace Mobility.Charts.Plottables;

/// <summary>Bars for one or more series over named categories: grouped, stacked or stacked to 100 %, vertical or horizontal.</summary>
public sealed class BarChart : Plottable
{
    internal BarChart(IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series)
    {
        Categories = categories;
        Series = series;
    }

    /// <summary>Category names, in display order (left to right, or top to bottom when horizontal).</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The series, in legend order.</summary>
    public IReadOnlyList<BarSeries> Series { get; }

    /// <summary>Grouped (default), stacked or stacked to 100 %.</summary>
    public BarMode Mode { get; set; } = BarMode.Grouped;

    /// <summary>Bars grow to the right from categories on the left axis.</summary>
    public bool Horizontal { get; set; }

    /// <summary>Writes each value on its bar; labels that would overlap another label are left out.</summary>
    public bool ValueLabels { get; set; }

    /// <summary>The share of each category's slot that bars fill, 0 to 1.</summary>
    public double BarWidth { get; set; } = 0.8;

    /// <summary>Formats value labels; invariant numbers by default (percentages for <see cref="BarMode.Stacked100"/>).</summary>
    public Func<double, string>? ValueFormatter { get; set; }

    internal IReadOnlyList<BarSegment> Segments => BarGeometry.Compute(Series, Categories.Count, Mode, BarWidth);

    internal override AxisHints Hints
    {
        get
        {
            Func<double, string>? percent = Mode == BarMode.Stacked100 ? v => NumberFormat.Auto(v) + "%" : null;
            var headroom = ValueLabels ? 0.1 : 0;
            Interval? limits = Mode == BarMode.Stacked100 ? new Interval(0, 100) : null;
            return Horizontal
                ? new AxisHints { YCategories = Categories, XIncludesZero = true, TightX = true, ValueHeadroom = headroom, XFormatter = percent, XLimits = limits }
                : new AxisHints { XCategories = Categories, YIncludesZero = true, TightY = true, ValueHeadroom = headroom, YFormatter = percent, YLimits = limits };
        }
    }

    internal override DataBounds GetBounds()
    {
        var values = Segments.Aggregate(Interval.Empty.Include(0), (range, s) => range.Include(s.Base).Include(s.End));
        var slots = new Interval(-0.5, Categories.Count - 0.5);
        return Horizontal ? new DataBounds(values, slots) : new DataBounds(slots, values);
    }

    internal override void Render(RenderContext context)
    {
        var segments = Segments;
        var stacked = Mode != BarMode.Grouped;
        var outline = stacked ? new Stroke(context.Theme.Background, 1) : Stroke.None;
        foreach (var segment in segments)
        {
            context.Svg.Rect(Pixels(context, segment), Series[segment.Series].ResolveColor(context.Palette), outline);
        }

        if (!ValueLabels)
        {
            return;
        }

        var fontSize = context.Theme.FontSize - 1;
        foreach (var segment in segments)
        {
            var text = Format(stacked && Mode == BarMode.Stacked100 ? segment.High - segment.Low : segment.Value);
            var rect = Pixels(context, segment);
            if (stacked)
            {
                var inside = new TextBlock(text, rect.CenterX, rect.CenterY, fontSize, TextAnchor.Middle, VerticalAnchor.Middle);
                context.AddLabel(inside, Series[segment.Series].ResolveColor(context.Palette).ContrastingText, rect.Inflate(-2));
            }
            else
            {
                var outside = Outside(text, rect, segment.Value >= 0, fontSize);
                if (context.DataArea.Contains(outside.Box.Bounds))
                {
                    context.AddLabel(outside, context.Theme.Foreground, context.DataArea);
                }
                else
                {
                    // A bar reaching the plot's edge (a 100% rate) keeps its value: written inside its end.
                    context.AddLabel(InsideEnd(text, rect, segment.Value >= 0, fontSize), Series[segment.Series].ResolveColor(context.Palette).ContrastingText, rect.Inflate(-1));
                }
            }
        }

        if (Mode == BarMode.Stacked)
        {
            foreach (var total in segments.GroupBy(s => s.Category))
            {
                var sum = total.Sum(s => s.Value);
                var top = total.Select(s => Pixels(context, s)).Aggregate((a, b) => Union(a, b));
                context.AddLabel(Outside(Format(sum), top, sum >= 0, fontSize, bold: true), context.Theme.Foreground, context.DataArea);
            }
        }
    }

    internal override IEnumerable<LegendItem> GetLegendItems(Palette palette) =>
        Series.Where(s => !string.IsNullOrEmpty(s.Label)).Select(s => new LegendItem(s.Label!, s.ResolveColor(palette), LegendSymbol.Box));

    internal override string Describe()
    {
        var kind = (Horizontal ? "Horizontal " : "") + Mode switch
        {
            BarMode.Stacked => "stacked bar chart",
            BarMode.Stacked100 => "100% stacked bar chart",
            _ => Series.Count > 1 ? "grouped bar chart" : "bar chart",
        };
        kind = char.ToUpperInvariant(kind[0]) + kind[1..];
        var named = Series.Where(s => !string.IsNullOrEmpty(s.Label)).Select(s => s.Label!).ToArray();
        var series = named.Length > 0 ? $" Series: {DescriptionBuilder.List(named)}." : "";
        var values = Series.Count == 1 && Categories.Count <= 12
            ? " Values: " + string.Join(", ", Categories.Select((c, i) => $"{c} {Format(i < Series[0].Values.Count ? Series[0].Values[i] : double.NaN)}")) + "."
            : "";
        return $"{kind} of {Categories.Count} categories.{series}{values}";
    }

    private string Format(double value) =>
        !double.IsFinite(value) ? "no value" : ValueFormatter?.Invoke(value) ?? (Mode == BarMode.Stacked100 ? NumberFormat.Auto(Math.Round(value)) + "%" : NumberFormat.Auto(value));

    private TextBlock Outside(string text, PixelRect bar, bool positive, double fontSize, bool bold = false) => Horizontal
        ? new TextBlock(text, positive ? bar.Right + 4 : bar.Left - 4, bar.CenterY, fontSize, positive ? TextAnchor.Start : TextAnchor.End, VerticalAnchor.Middle, Bold: bold)
        : new TextBlock(text, bar.CenterX, positive ? bar.Top - 3 : bar.Bottom + 3, fontSize, TextAnchor.Middle, positive ? VerticalAnchor.Bottom : VerticalAnchor.Top, Bold: bold);

    private TextBlock InsideEnd(string text, PixelRect bar, bool positive, double fontSize) => Horizontal
        ? new TextBlock(text, positive ? bar.Right - 4 : bar.Left + 4, bar.CenterY, fontSize, positive ? TextAnchor.End : TextAnchor.Start, VerticalAnchor.Middle)
        : new TextBlock(text, bar.CenterX, positive ? bar.Top + 3 : bar.Bottom - 3, fontSize, TextAnchor.Middle, positive ? VerticalAnchor.Top : VerticalAnchor.Bottom);

    private PixelRect Pixels(RenderContext context, BarSegment s)
    {
        var (c1, c2) = (s.Position - s.Width / 2, s.Position + s.Width / 2);
        return Horizontal
            ? Edges(context.X.ToPixel(s.Low), context.Y.ToPixel(c1), context.X.ToPixel(s.High), context.Y.ToPixel(c2))
            : Edges(context.X.ToPixel(c1), context.Y.ToPixel(s.High), context.X.ToPixel(c2), context.Y.ToPixel(s.Low));
    }

    private static PixelRect Edges(double x1, double y1, double x2, double y2) =>
        PixelRect.FromEdges(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));

    private static PixelRect Union(PixelRect a, PixelRect b) =>
        PixelRect.FromEdges(Math.Min(a.Left, b.Left), Math.Min(a.Top, b.Top), Math.Max(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom));
}
