namespace Mobility.Charts.Rendering;

/// <summary>An axis-aligned rectangle in pixels.</summary>
internal readonly record struct PixelRect(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    public double CenterX => Left + Width / 2;

    public double CenterY => Top + Height / 2;

    public static PixelRect FromEdges(double left, double top, double right, double bottom) =>
        new(left, top, Math.Max(0, right - left), Math.Max(0, bottom - top));

    public bool Contains(PixelRect other, double tolerance = 0.5) =>
        other.Left >= Left - tolerance && other.Right <= Right + tolerance
        && other.Top >= Top - tolerance && other.Bottom <= Bottom + tolerance;

    public bool Intersects(PixelRect other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public PixelRect Inflate(double amount) => new(Left - amount, Top - amount, Width + 2 * amount, Height + 2 * amount);
}
