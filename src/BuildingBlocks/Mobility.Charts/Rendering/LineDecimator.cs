namespace Mobility.Charts.Rendering;

/// <summary>
/// Reduces a long line whose x only grows to at most four points per pixel column (first, lowest, highest, last).
/// The drawn line is the same to the eye, and a 100 000-point series stays a few kilobytes of SVG.
/// </summary>
internal static class LineDecimator
{
    public static IReadOnlyList<Point2> Decimate(IReadOnlyList<Point2> points)
    {
        if (points.Count < 1000 || !IsSortedByX(points))
        {
            return points;
        }

        var result = new List<Point2>();
        var i = 0;
        while (i < points.Count)
        {
            var column = Math.Floor(points[i].X);
            var first = points[i];
            Point2 low = first, high = first, last = first;
            var lowIndex = i;
            var highIndex = i;
            for (i++; i < points.Count && Math.Floor(points[i].X) == column; i++)
            {
                last = points[i];
                if (last.Y < low.Y)
                {
                    (low, lowIndex) = (last, i);
                }

                if (last.Y > high.Y)
                {
                    (high, highIndex) = (last, i);
                }
            }

            result.Add(first);
            var (a, b) = lowIndex <= highIndex ? (low, high) : (high, low);
            AddIfNew(result, a);
            AddIfNew(result, b);
            AddIfNew(result, last);
        }

        return result;
    }

    private static void AddIfNew(List<Point2> result, Point2 point)
    {
        if (result[^1] != point)
        {
            result.Add(point);
        }
    }

    private static bool IsSortedByX(IReadOnlyList<Point2> points)
    {
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].X < points[i - 1].X)
            {
                return false;
            }
        }

        return true;
    }
}
