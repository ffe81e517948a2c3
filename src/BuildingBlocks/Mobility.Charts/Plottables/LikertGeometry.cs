namespace Mobility.Charts.Plottables;

/// <summary>
/// Lays out diverging stacked bars: negative levels to the left of zero, positive ones to the right, the neutral
/// level (odd scales) split half and half across zero, each side growing outwards from the centre.
/// </summary>
internal static class LikertGeometry
{
    public static IReadOnlyList<LikertSegment> Compute(IReadOnlyList<IReadOnlyList<double>> counts, int levels)
    {
        var segments = new List<LikertSegment>();
        var negatives = levels / 2;
        var hasNeutral = levels % 2 == 1;
        for (var item = 0; item < counts.Count; item++)
        {
            var row = Enumerable.Range(0, levels).Select(l => l < counts[item].Count && double.IsFinite(counts[item][l]) ? Math.Max(0, counts[item][l]) : 0).ToArray();
            var total = row.Sum();
            if (total <= 0)
            {
                continue;
            }

            var share = row.Select(v => v / total * 100).ToArray();
            var neutralHalf = hasNeutral ? share[negatives] / 2 : 0;
            if (hasNeutral)
            {
                segments.Add(new LikertSegment(item, negatives, -neutralHalf, neutralHalf));
            }

            var left = -neutralHalf;
            for (var level = negatives - 1; level >= 0; level--)
            {
                segments.Add(new LikertSegment(item, level, left - share[level], left));
                left -= share[level];
            }

            var right = neutralHalf;
            for (var level = hasNeutral ? negatives + 1 : negatives; level < levels; level++)
            {
                segments.Add(new LikertSegment(item, level, right, right + share[level]));
                right += share[level];
            }
        }

        return segments;
    }
}
