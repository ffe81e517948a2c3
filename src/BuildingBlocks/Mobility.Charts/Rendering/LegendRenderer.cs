using Mobility.Charts.Layout;

namespace Mobility.Charts.Rendering;

/// <summary>Draws a placed legend: optional frame, then each entry's key and text.</summary>
internal static class LegendRenderer
{
    public static void Render(SvgWriter svg, LegendLayout legend, Theme theme)
    {
        svg.BeginGroup("legend");
        if (legend.Framed)
        {
            svg.Rect(legend.Box, theme.Background.WithOpacity(0.9), new Stroke(theme.GridColor, 1));
        }

        foreach (var entry in legend.Entries)
        {
            var item = entry.Item;
            var s = entry.Symbol;
            var middle = new Point2(s.CenterX, s.CenterY);
            switch (item.Symbol)
            {
                case LegendSymbol.Line:
                    svg.Line(new Point2(s.Left - 2, s.CenterY), new Point2(s.Right + 2, s.CenterY), new Stroke(item.Color, 2.5, item.LineStyle));
                    MarkerRenderer.Render(svg, item.Marker, middle, 7, item.Color);
                    break;
                case LegendSymbol.Marker:
                    MarkerRenderer.Render(svg, item.Marker == MarkerShape.None ? MarkerShape.Circle : item.Marker, middle, 9, item.Color);
                    break;
                default:
                    svg.Rect(s, item.Color);
                    break;
            }

            svg.Text(entry.Text, theme.Foreground);
        }

        svg.EndGroup();
    }
}
