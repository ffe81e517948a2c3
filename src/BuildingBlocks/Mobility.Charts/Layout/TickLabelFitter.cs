using Mobility.Charts.Rendering;
using Mobility.Charts.Text;
using Mobility.Charts.Ticks;

namespace Mobility.Charts.Layout;

/// <summary>
/// Places tick labels so that none overlaps another, the way Chart.js does: horizontal if they fit, otherwise rotated
/// 45° then 90°, otherwise every k-th label. Rotated labels are measured and shortened with an ellipsis rather than clipped.
/// </summary>
internal static class TickLabelFitter
{
    public const double Gap = 4;

    public static IReadOnlyList<TextBlock> FitBottom(IReadOnlyList<Tick> ticks, ScaleMap scale, double y, double fontSize, double maxBand)
    {
        if (ticks.Count == 0)
        {
            return [];
        }

        var horizontal = ticks
            .Select(t => new TextBlock(t.Label, scale.ToPixel(t.Position), y, fontSize, TextAnchor.Middle, VerticalAnchor.Top))
            .ToArray();
        if (NoOverlap(horizontal))
        {
            return horizontal;
        }

        var diagonal = Rotated(ticks, scale, y, fontSize, 45, maxBand);
        if (NoOverlap(diagonal))
        {
            return diagonal;
        }

        var vertical = Rotated(ticks, scale, y, fontSize, 90, maxBand);
        return Thin(vertical);
    }

    public static IReadOnlyList<TextBlock> FitLeft(IReadOnlyList<Tick> ticks, ScaleMap scale, double x, double fontSize, double maxWidth)
    {
        var labels = ticks
            .Select(t => new TextBlock(
                TextMetrics.TruncateMiddle(t.Label, maxWidth, fontSize), x, scale.ToPixel(t.Position), fontSize, TextAnchor.End, VerticalAnchor.Middle))
            .ToArray();
        return Thin(labels);
    }

    /// <summary>Keeps every k-th label for the smallest k that leaves no overlaps.</summary>
    private static TextBlock[] Thin(TextBlock[] labels)
    {
        for (var k = 1; k < labels.Length; k++)
        {
            var kept = labels.Where((_, i) => i % k == 0).ToArray();
            if (NoOverlap(kept))
            {
                return kept;
            }
        }

        return labels.Take(1).ToArray();
    }

    private static TextBlock[] Rotated(IReadOnlyList<Tick> ticks, ScaleMap scale, double y, double fontSize, double degrees, double maxBand)
    {
        var rad = degrees * Math.PI / 180;
        var lineHeight = TextMetrics.LineHeight(fontSize);
        var maxWidth = Math.Max(fontSize, (maxBand - lineHeight * Math.Cos(rad)) / Math.Sin(rad));

        // The label's end edge is centred on the anchor; drop the anchor so its upper corner stays below the axis.
        var anchorY = y + lineHeight / 2 * Math.Cos(rad);
        return ticks
            .Select(t => new TextBlock(
                TextMetrics.TruncateMiddle(t.Label, maxWidth, fontSize), scale.ToPixel(t.Position), anchorY, fontSize,
                TextAnchor.End, VerticalAnchor.Middle, -degrees))
            .ToArray();
    }

    private static bool NoOverlap(IReadOnlyList<TextBlock> labels)
    {
        var boxes = labels.Select(l => l.Box).ToArray();
        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < Math.Min(boxes.Length, i + 4); j++)
            {
                if (boxes[i].Intersects(boxes[j], Gap))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
