using Mobility.Charts.Data;
using Mobility.Charts.Layout;
using Mobility.Charts.Rendering;
using Mobility.Charts.Text;
using Mobility.Charts.Ticks;

namespace Mobility.Charts.Plottables;

/// <summary>
/// Diverging stacked bars for rating-scale answers: one bar per item, disagreement left of zero and agreement right,
/// so items can be compared at a glance. Levels are ordered from most negative to most positive.
/// </summary>
public sealed class LikertPlot : Plottable
{
    private static readonly Color Neutral = Color.FromHex("#CFCFCF");

    internal LikertPlot(IReadOnlyList<string> items, IReadOnlyList<string> levels, IReadOnlyList<IReadOnlyList<double>> counts)
    {
        if (counts.Count != items.Count)
        {
            throw new ArgumentException("counts needs one row per item.", nameof(counts));
        }

        Items = items;
        Levels = levels;
        Counts = counts;
    }

    /// <summary>The survey items (questions), top to bottom.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>The answer levels, from most negative to most positive.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>Answer counts: one row per item, one column per level.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Counts { get; }

    /// <summary>One colour per level; by default red shades for negative, grey for neutral and blue shades for positive levels.</summary>
    public IReadOnlyList<Color>? LevelColors { get; set; }

    /// <summary>Writes each share in its segment when it fits.</summary>
    public bool ValueLabels { get; set; } = true;

    internal IReadOnlyList<LikertSegment> Segments => LikertGeometry.Compute(Counts, Levels.Count);

    internal override AxisHints Hints => new()
    {
        YCategories = Items,
        XIncludesZero = true,
        LegendBelow = true,
        XFormatter = v => NumberFormat.Auto(Math.Abs(v)) + "%",
    };

    internal override DataBounds GetBounds()
    {
        var reach = Segments.Select(s => Math.Max(-s.Start, s.End)).DefaultIfEmpty(50).Max();
        return new DataBounds(new Interval(-reach, reach), new Interval(-0.5, Items.Count - 0.5));
    }

    internal override void Render(RenderContext context)
    {
        var fontSize = context.Theme.FontSize - 1;
        foreach (var segment in Segments)
        {
            var rect = PixelRect.FromEdges(
                context.X.ToPixel(segment.Start), context.Y.ToPixel(segment.Item - 0.35), context.X.ToPixel(segment.End), context.Y.ToPixel(segment.Item + 0.35));
            var color = ColorOf(segment.Level);
            context.Svg.Rect(rect, color, new Stroke(context.Theme.Background, 1));
            if (ValueLabels && segment.Share >= 0.5)
            {
                var text = NumberFormat.Format(segment.Share, 0, false) + "%";
                context.AddLabel(new TextBlock(text, rect.CenterX, rect.CenterY, fontSize, TextAnchor.Middle, VerticalAnchor.Middle), color.ContrastingText, rect.Inflate(-2));
            }
        }

        var zero = context.X.ToPixel(0);
        context.Svg.Line(new Point2(zero, context.DataArea.Top), new Point2(zero, context.DataArea.Bottom), new Stroke(context.Theme.AxisColor, 1));
    }

    internal override IEnumerable<LegendItem> GetLegendItems(Palette palette) =>
        Levels.Select((level, i) => new LegendItem(level, ColorOf(i), LegendSymbol.Box));

    internal override string Describe()
    {
        var negatives = Levels.Count / 2;
        var positivesFrom = Levels.Count - negatives;
        var summaries = Segments.GroupBy(s => s.Item).Select(g =>
            $"{Items[g.Key]}: {NumberFormat.Format(g.Where(s => s.Level < negatives).Sum(s => s.Share), 0, false)}% negative, "
            + $"{NumberFormat.Format(g.Where(s => s.Level >= positivesFrom).Sum(s => s.Share), 0, false)}% positive");
        return $"Diverging stacked bar chart of {Items.Count} items on a {Levels.Count}-point scale ({string.Join(", ", Levels)}). "
            + string.Join("; ", summaries) + ".";
    }

    private Color ColorOf(int level)
    {
        if (LevelColors is { } colors && level < colors.Count)
        {
            return colors[level];
        }

        var negatives = Levels.Count / 2;
        if (Levels.Count % 2 == 1 && level == negatives)
        {
            return Neutral;
        }

        // Outermost levels get the strongest colours; both sides stay clear of the near-white middle of the scale.
        var distance = level < negatives ? negatives - level : level - (Levels.Count - negatives) + 1;
        var strength = negatives <= 1 ? 1 : 0.45 + 0.55 * (distance - 1) / (negatives - 1);
        return Colormap.RedBlue.GetColor(level < negatives ? 0.5 - strength / 2 : 0.5 + strength / 2);
    }
}
