namespace Mobility.Charts.Tests;

/// <summary>Separating-axis test for convex polygons, written for the tests so they do not trust the library's own.</summary>
internal static class Geometry
{
    public static bool ConvexPolygonsOverlap((double X, double Y)[] a, (double X, double Y)[] b)
    {
        foreach (var polygon in new[] { a, b })
        {
            for (var i = 0; i < polygon.Length; i++)
            {
                var p = polygon[i];
                var q = polygon[(i + 1) % polygon.Length];
                var (nx, ny) = (q.Y - p.Y, p.X - q.X);
                var (minA, maxA) = Project(a, nx, ny);
                var (minB, maxB) = Project(b, nx, ny);
                if (maxA <= minB || maxB <= minA)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static (double Min, double Max) Project((double X, double Y)[] polygon, double nx, double ny)
    {
        var values = polygon.Select(p => p.X * nx + p.Y * ny).ToArray();
        return (values.Min(), values.Max());
    }
}
