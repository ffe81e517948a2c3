using Mobility.Charts.Rendering;

namespace Mobility.Charts.Text;

/// <summary>A possibly rotated rectangle given by its corners in order; intersection uses the separating-axis test.</summary>
internal readonly record struct OrientedBox(Point2 A, Point2 B, Point2 C, Point2 D)
{
    public IReadOnlyList<Point2> Corners => [A, B, C, D];

    public PixelRect Bounds
    {
        get
        {
            var xs = Corners.Select(p => p.X).ToArray();
            var ys = Corners.Select(p => p.Y).ToArray();
            return PixelRect.FromEdges(xs.Min(), ys.Min(), xs.Max(), ys.Max());
        }
    }

    /// <summary>True when the boxes overlap or come closer than <paramref name="gap"/> pixels.</summary>
    public bool Intersects(OrientedBox other, double gap = 0)
    {
        foreach (var axis in Axes().Concat(other.Axes()))
        {
            var (minA, maxA) = Project(axis);
            var (minB, maxB) = other.Project(axis);
            if (maxA + gap <= minB || maxB + gap <= minA)
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<Point2> Axes()
    {
        foreach (var edge in new[] { B - A, D - A })
        {
            var length = Math.Sqrt(edge.Dot(edge));
            yield return length > 0 ? new Point2(-edge.Y / length, edge.X / length) : new Point2(1, 0);
        }
    }

    private (double Min, double Max) Project(Point2 axis)
    {
        var values = Corners.Select(axis.Dot).ToArray();
        return (values.Min(), values.Max());
    }
}
