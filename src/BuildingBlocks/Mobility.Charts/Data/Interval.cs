namespace Mobility.Charts.Data;

/// <summary>A closed range of data values; <see cref="Empty"/> until a value is included.</summary>
internal readonly record struct Interval(double Min, double Max)
{
    public static Interval Empty => new(double.PositiveInfinity, double.NegativeInfinity);

    public bool IsEmpty => !(Min <= Max);

    public double Span => Max - Min;

    public Interval Include(double value) =>
        double.IsFinite(value) ? new(Math.Min(Min, value), Math.Max(Max, value)) : this;

    public Interval Union(Interval other) =>
        other.IsEmpty ? this : IsEmpty ? other : new(Math.Min(Min, other.Min), Math.Max(Max, other.Max));

    public static Interval Of(IEnumerable<double> values) =>
        values.Aggregate(Empty, (range, v) => range.Include(v));
}
