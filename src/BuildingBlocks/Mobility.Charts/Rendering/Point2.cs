namespace Mobility.Charts.Rendering;

/// <summary>A point in SVG pixel space (y grows downwards).</summary>
internal readonly record struct Point2(double X, double Y)
{
    public static Point2 operator +(Point2 a, Point2 b) => new(a.X + b.X, a.Y + b.Y);

    public static Point2 operator -(Point2 a, Point2 b) => new(a.X - b.X, a.Y - b.Y);

    public Point2 Rotate(double degrees)
    {
        var rad = degrees * Math.PI / 180;
        var (sin, cos) = Math.SinCos(rad);
        return new(X * cos - Y * sin, X * sin + Y * cos);
    }

    public double Dot(Point2 other) => X * other.X + Y * other.Y;
}
