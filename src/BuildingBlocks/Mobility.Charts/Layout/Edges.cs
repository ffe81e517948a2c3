namespace Mobility.Charts.Layout;

/// <summary>Four margin widths in pixels.</summary>
internal readonly record struct Edges(double Left, double Top, double Right, double Bottom)
{
    public Edges Max(Edges other) =>
        new(Math.Max(Left, other.Left), Math.Max(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    public bool CloseTo(Edges other) =>
        Math.Abs(Left - other.Left) < 0.5 && Math.Abs(Top - other.Top) < 0.5
        && Math.Abs(Right - other.Right) < 0.5 && Math.Abs(Bottom - other.Bottom) < 0.5;
}
