namespace Mobility.Charts;

/// <summary>Where the legend goes.</summary>
public enum LegendPosition
{
    /// <summary>Outside on the right when it fits in a third of the width, otherwise below; hidden when no series is named.</summary>
    Auto,

    /// <summary>A column outside the data area, on the right.</summary>
    Right,

    /// <summary>Rows below the x axis, wrapped to the figure width.</summary>
    Bottom,

    /// <summary>Inside the data area, top left.</summary>
    UpperLeft,

    /// <summary>Inside the data area, top right.</summary>
    UpperRight,

    /// <summary>No legend.</summary>
    Hidden,
}
