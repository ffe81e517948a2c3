using Mobility.Charts.Text;

namespace Mobility.Charts.Rendering;

/// <summary>Everything a plottable needs to draw itself into the data area.</summary>
internal sealed class RenderContext(SvgWriter svg, PixelRect dataArea, ScaleMap x, ScaleMap y, Theme theme, Palette palette)
{
    public SvgWriter Svg { get; } = svg;

    public PixelRect DataArea { get; } = dataArea;

    public ScaleMap X { get; } = x;

    public ScaleMap Y { get; } = y;

    public Theme Theme { get; } = theme;

    public Palette Palette { get; } = palette;

    public LabelPlacer Labels { get; } = new();

    /// <summary>Value labels are collected while shapes are drawn and written afterwards, on top of every shape.</summary>
    public List<(TextBlock Text, Color Color)> PendingLabels { get; } = [];

    public Point2 ToPixel(double x, double y) => new(X.ToPixel(x), Y.ToPixel(y));

    public void AddLabel(TextBlock text, Color color, PixelRect within)
    {
        if (Labels.TryPlace(text, within))
        {
            PendingLabels.Add((text, color));
        }
    }
}
