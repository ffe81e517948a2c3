namespace Mobility.Charts.Plottables;

/// <summary>
/// Turns series × categories into bar rectangles, so callers never position grouped or stacked bars by hand
/// (the most requested ScottPlot helper).
/// </summary>
internal static class BarGeometry
{
    public static IReadOnlyList<BarSegment> Compute(IReadOnlyList<BarSeries> series, int categories, BarMode mode, double barWidth)
    {
        var segments = new List<BarSegment>();
        for (var c = 0; c < categories; c++)
        {
            if (mode == BarMode.Grouped)
            {
                var width = barWidth / series.Count;
                for (var s = 0; s < series.Count; s++)
                {
                    var value = ValueAt(series[s], c);
                    if (double.IsFinite(value))
                    {
                        segments.Add(new BarSegment(s, c, c - barWidth / 2 + (s + 0.5) * width, width, 0, value, value));
                    }
                }

                continue;
            }

            var total = series.Sum(s => double.IsFinite(ValueAt(s, c)) ? Math.Abs(ValueAt(s, c)) : 0);
            var scale = mode == BarMode.Stacked100 ? (total > 0 ? 100 / total : 0) : 1;
            double up = 0, down = 0;
            for (var s = 0; s < series.Count; s++)
            {
                var value = ValueAt(series[s], c);
                if (!double.IsFinite(value) || value == 0)
                {
                    continue;
                }

                var size = value * scale;
                ref var cursor = ref size > 0 ? ref up : ref down;
                segments.Add(new BarSegment(s, c, c, barWidth, cursor, cursor + size, value));
                cursor += size;
            }
        }

        return segments;
    }

    private static double ValueAt(BarSeries series, int category) =>
        category < series.Values.Count ? series.Values[category] : double.NaN;
}
