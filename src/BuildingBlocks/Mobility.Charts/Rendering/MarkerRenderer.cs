namespace Mobility.Charts.Rendering;

/// <summary>Draws one data-point marker centred on a pixel position.</summary>
internal static class MarkerRenderer
{
    public static void Render(SvgWriter svg, MarkerShape shape, Point2 center, double size, Color color)
    {
        var r = size / 2;
        switch (shape)
        {
            case MarkerShape.Circle:
                svg.Circle(center, r, color);
                break;
            case MarkerShape.OpenCircle:
                svg.Circle(center, r - 0.75, Color.White, new Stroke(color, 1.5));
                break;
            case MarkerShape.Square:
                svg.Rect(new PixelRect(center.X - r * 0.9, center.Y - r * 0.9, r * 1.8, r * 1.8), color);
                break;
            case MarkerShape.Triangle:
                svg.Polygon([center + new Point2(0, -r * 1.15), center + new Point2(r, r * 0.75), center + new Point2(-r, r * 0.75)], color);
                break;
            case MarkerShape.Diamond:
                svg.Polygon([center + new Point2(0, -r * 1.2), center + new Point2(r, 0), center + new Point2(0, r * 1.2), center + new Point2(-r, 0)], color);
                break;
            default:
                break;
        }
    }
}
