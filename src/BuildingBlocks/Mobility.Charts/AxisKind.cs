namespace Mobility.Charts;

/// <summary>What an axis's values mean, which decides how its ticks are chosen and labelled.</summary>
public enum AxisKind
{
    /// <summary>Continuous numbers with "nice" steps (1, 2, 2.5, 5 × 10ⁿ).</summary>
    Numeric,

    /// <summary>Ordered categories at positions 0, 1, 2, … labelled with their names.</summary>
    Category,

    /// <summary>Dates stored as OLE Automation dates (<see cref="DateTime.ToOADate"/>), with calendar-aware ticks.</summary>
    DateTime,
}
