namespace Mobility.Charts;

/// <summary>How several bar series share a category.</summary>
public enum BarMode
{
    /// <summary>Side by side.</summary>
    Grouped,

    /// <summary>On top of each other; positive values stack up from zero, negative ones down.</summary>
    Stacked,

    /// <summary>Stacked and scaled so that each category sums to 100 %.</summary>
    Stacked100,
}
