namespace Mobility.Charts;

/// <summary>A corner of the data area.</summary>
public enum Corner
{
    /// <summary>Top left.</summary>
    UpperLeft,

    /// <summary>Top right.</summary>
    UpperRight,

    /// <summary>Bottom left.</summary>
    LowerLeft,

    /// <summary>Bottom right.</summary>
    LowerRight,
}
