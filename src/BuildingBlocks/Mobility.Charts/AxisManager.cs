namespace Mobility.Charts;

/// <summary>The plot's axes and the options that concern both of them.</summary>
public sealed class AxisManager
{
    /// <summary>The horizontal axis.</summary>
    public Axis Bottom { get; } = new(isVertical: false);

    /// <summary>The vertical axis.</summary>
    public Axis Left { get; } = new(isVertical: true);

    /// <summary>Whether a full rectangle is drawn around the data area (default: only the left and bottom axis lines).</summary>
    public bool FrameVisible { get; set; }

    /// <summary>Space added beyond the data horizontally, as a fraction of the data range.</summary>
    public double MarginX { get; private set; } = 0.03;

    /// <summary>Space added beyond the data vertically, as a fraction of the data range.</summary>
    public double MarginY { get; private set; } = 0.06;

    /// <summary>Fixes both axes' ranges.</summary>
    /// <param name="left">Lowest x.</param>
    /// <param name="right">Highest x.</param>
    /// <param name="bottom">Lowest y.</param>
    /// <param name="top">Highest y.</param>
    public void SetLimits(double left, double right, double bottom, double top)
    {
        Bottom.SetLimits(left, right);
        Left.SetLimits(bottom, top);
    }

    /// <summary>Fits both axes to the data again.</summary>
    public void AutoScale()
    {
        Bottom.AutoScale();
        Left.AutoScale();
    }

    /// <summary>Sets the space added beyond the data, as fractions of the data range.</summary>
    /// <param name="horizontal">Fraction added left and right.</param>
    /// <param name="vertical">Fraction added below and above.</param>
    public void Margins(double horizontal = 0.03, double vertical = 0.06)
    {
        MarginX = Math.Max(0, horizontal);
        MarginY = Math.Max(0, vertical);
    }

    /// <summary>Shorthand for <c>Bottom.DateTimeTicks()</c>.</summary>
    public void DateTimeTicksBottom() => Bottom.DateTimeTicks();

    /// <summary>Hides both axes (lines, ticks and labels); grid lines stay unless hidden too.</summary>
    public void Frameless()
    {
        Bottom.IsVisible = false;
        Left.IsVisible = false;
        FrameVisible = false;
    }
}
