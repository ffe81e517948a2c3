namespace Mobility.Charts.Plottables;

/// <summary>One drawn bar in data units: centred on <see cref="Position"/> along the category axis, from <see cref="Base"/> to <see cref="End"/> along the value axis.</summary>
internal readonly record struct BarSegment(int Series, int Category, double Position, double Width, double Base, double End, double Value)
{
    public double Low => Math.Min(Base, End);

    public double High => Math.Max(Base, End);
}
