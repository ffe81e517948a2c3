using Mobility.Charts.Data;
using Mobility.Charts.Layout;
using Mobility.Charts.Rendering;
using Mobility.Charts.Ticks;

namespace Mobility.Charts.Plottables;

/// <summary>Counts of values in equal-width bins whose edges are round numbers.</summary>
public sealed class Histogram : Plottable
{
    internal Histogram(IReadOnlyList<double> values, int? binCount)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        var range = Interval.Of(finite);
        if (range.IsEmpty)
        {
            return;
        }

        var bins = binCount ?? (int)Math.Ceiling(Math.Log2(finite.Length) + 1);
        var width = BinWidth(range, Math.Max(1, bins));
        var first = Math.Floor(range.Min / width) * width;
        var count = Math.Max(1, (int)Math.Floor((range.Max - first) / width + 1e-9) + 1);
        BinEdges = Enumerable.Range(0, count + 1).Select(i => Math.Round(first + i * width, 12)).ToArray();
        var counts = new int[count];
        foreach (var v in finite)
        {
            counts[Math.Clamp((int)Math.Floor((v - first) / width + 1e-9), 0, count - 1)]++;
        }

        Counts = counts;
    }

    /// <summary>Bin edges, one more than <see cref="Counts"/>; a value on an edge belongs to the bin on its right.</summary>
    public IReadOnlyList<double> BinEdges { get; } = [];

    /// <summary>How many values fell into each bin.</summary>
    public IReadOnlyList<int> Counts { get; } = [];

    /// <summary>The legend text, or <c>null</c>.</summary>
    public string? LegendText { get; set; }

    /// <summary>The fill; the palette decides when <c>null</c>.</summary>
    public Color? Color { get; set; }

    internal int PaletteIndex { get; set; }

    internal override AxisHints Hints { get; } = new() { YIncludesZero = true, TightY = true, YInteger = true };

    internal override DataBounds GetBounds() =>
        Counts.Count == 0 ? DataBounds.Empty : new(new Interval(BinEdges[0], BinEdges[^1]), new Interval(0, Counts.Max()));

    internal override void Render(RenderContext context)
    {
        var color = Color ?? context.Palette.GetColor(PaletteIndex);
        for (var i = 0; i < Counts.Count; i++)
        {
            var rect = PixelRect.FromEdges(
                context.X.ToPixel(BinEdges[i]), context.Y.ToPixel(Counts[i]), context.X.ToPixel(BinEdges[i + 1]), context.Y.ToPixel(0));
            context.Svg.Rect(rect, color, new Stroke(context.Theme.Background, 1));
        }
    }

    internal override IEnumerable<LegendItem> GetLegendItems(Palette palette) =>
        string.IsNullOrEmpty(LegendText) ? [] : [new LegendItem(LegendText, Color ?? palette.GetColor(PaletteIndex), LegendSymbol.Box)];

    internal override string Describe() => Counts.Count == 0
        ? "Histogram without values."
        : $"Histogram of {Counts.Sum()} values in {Counts.Count} bins from {NumberFormat.Auto(BinEdges[0])} to {NumberFormat.Auto(BinEdges[^1])}; "
          + $"the fullest bin holds {Counts.Max()}.";

    /// <summary>The smallest nice width (1, 2, 2.5 or 5 × 10ⁿ) that covers the range in the requested number of bins.</summary>
    private static double BinWidth(Interval range, int bins)
    {
        var raw = Math.Max(range.Span, 1e-9) / bins;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(w => w >= raw * 0.999);
    }
}
