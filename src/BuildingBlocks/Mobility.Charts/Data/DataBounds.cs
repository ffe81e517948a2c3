namespace Mobility.Charts.Data;

/// <summary>The x and y ranges a plottable needs to be fully visible.</summary>
internal readonly record struct DataBounds(Interval X, Interval Y)
{
    public static DataBounds Empty => new(Interval.Empty, Interval.Empty);

    public DataBounds Union(DataBounds other) => new(X.Union(other.X), Y.Union(other.Y));
}
