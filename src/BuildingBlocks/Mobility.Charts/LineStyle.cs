namespace Mobility.Charts;

/// <summary>How a line is stroked.</summary>
public enum LineStyle
{
    /// <summary>A continuous line.</summary>
    Solid,

    /// <summary>Long dashes.</summary>
    Dashed,

    /// <summary>Dots.</summary>
    Dotted,
}
