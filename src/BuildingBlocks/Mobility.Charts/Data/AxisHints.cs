namespace Mobility.Charts.Data;

/// <summary>What a plottable implies about the axes, applied unless the user configured the axis explicitly.</summary>
internal sealed record AxisHints
{
    public static AxisHints None { get; } = new();

    public IReadOnlyList<string>? XCategories { get; init; }

    public IReadOnlyList<string>? YCategories { get; init; }

    public bool XDateTime { get; init; }

    public bool XIncludesZero { get; init; }

    public bool YIncludesZero { get; init; }

    public bool XInteger { get; init; }

    public bool YInteger { get; init; }

    /// <summary>Room for value labels beyond the largest value, as a fraction of the range.</summary>
    public double ValueHeadroom { get; init; }

    public Func<double, string>? XFormatter { get; init; }

    public Func<double, string>? YFormatter { get; init; }

    /// <summary>Grid lines on a category x axis (ordered levels read better with them).</summary>
    public bool XGrid { get; init; }

    /// <summary>In <see cref="LegendPosition.Auto"/>, put the legend below (scales such as Likert levels read left to right).</summary>
    public bool LegendBelow { get; init; }

    /// <summary>A range that fits by construction (0-100 % for bars stacked to 100 %), used unless the user set limits.</summary>
    public Interval? XLimits { get; init; }

    public Interval? YLimits { get; init; }

    /// <summary>Pies and similar draw no axes.</summary>
    public bool NoAxes { get; init; }

    /// <summary>Bars start at the axis: no padding below zero.</summary>
    public bool TightX { get; init; }

    public bool TightY { get; init; }
}
