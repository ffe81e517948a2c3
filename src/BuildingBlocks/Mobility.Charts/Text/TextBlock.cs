using Mobility.Charts.Rendering;

namespace Mobility.Charts.Text;

/// <summary>
/// One label: text, size, an anchor point and how the text sits on it, and a rotation about that point.
/// It knows its baseline (what SVG needs) and its rotated bounding box (what collision checks need).
/// </summary>
internal sealed record TextBlock(
    string Text,
    double X,
    double Y,
    double FontSize,
    TextAnchor Anchor = TextAnchor.Start,
    VerticalAnchor VerticalAnchor = VerticalAnchor.Baseline,
    double Rotation = 0,
    bool Bold = false)
{
    public double Width => TextMetrics.Width(Text, FontSize, Bold);

    private double Ascent => TextMetrics.Ascent * FontSize;

    private double Descent => TextMetrics.Descent * FontSize;

    /// <summary>How far the baseline sits below the anchor, measured perpendicular to the text.</summary>
    private double BaselineShift => VerticalAnchor switch
    {
        VerticalAnchor.Top => Ascent,
        VerticalAnchor.Middle => (Ascent - Descent) / 2,
        VerticalAnchor.Bottom => -Descent,
        _ => 0,
    };

    private double StartOffset => Anchor switch
    {
        TextAnchor.Middle => -Width / 2,
        TextAnchor.End => -Width,
        _ => 0,
    };

    /// <summary>The point written as x/y: on the alphabetic baseline, at the text-anchor position.</summary>
    public Point2 Baseline => new Point2(X, Y) + new Point2(0, BaselineShift).Rotate(Rotation);

    public OrientedBox Box
    {
        get
        {
            var origin = Baseline;
            var left = StartOffset;
            var right = left + Width;
            Point2 Corner(double dx, double dy) => origin + new Point2(dx, dy).Rotate(Rotation);
            return new OrientedBox(Corner(left, -Ascent), Corner(right, -Ascent), Corner(right, Descent), Corner(left, Descent));
        }
    }
}
