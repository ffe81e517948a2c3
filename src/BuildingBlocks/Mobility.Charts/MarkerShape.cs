namespace Mobility.Charts;

/// <summary>The shape drawn at each data point.</summary>
public enum MarkerShape
{
    /// <summary>No marker.</summary>
    None,

    /// <summary>A filled circle.</summary>
    Circle,

    /// <summary>A filled square.</summary>
    Square,

    /// <summary>A filled triangle, point up.</summary>
    Triangle,

    /// <summary>A filled diamond.</summary>
    Diamond,

    /// <summary>A circle outline with a white centre.</summary>
    OpenCircle,
}
