using Mobility.Charts.Layout;

namespace Mobility.Charts.Rendering;

/// <summary>Draws grid lines (under the data) and axis lines, tick marks and labels (over it).</summary>
internal static class AxisRenderer
{
    public static void RenderGrid(SvgWriter svg, PlotLayout layout, Theme theme)
    {
        var grid = new Stroke(theme.GridColor, 1, theme.GridDashed ? LineStyle.Dashed : LineStyle.Solid);
        var data = layout.DataArea;
        svg.BeginGroup("grid");
        if (layout.X.Spec.Grid)
        {
            foreach (var tick in layout.X.Ticks)
            {
                var x = layout.X.Scale.ToPixel(tick.Position);
                svg.Line(new Point2(x, data.Top), new Point2(x, data.Bottom), grid);
            }
        }

        if (layout.Y.Spec.Grid)
        {
            foreach (var tick in layout.Y.Ticks)
            {
                var y = layout.Y.Scale.ToPixel(tick.Position);
                svg.Line(new Point2(data.Left, y), new Point2(data.Right, y), grid);
            }
        }

        svg.EndGroup();
    }

    public static void RenderAxes(SvgWriter svg, PlotLayout layout, Theme theme, bool frame)
    {
        var data = layout.DataArea;
        var line = new Stroke(theme.AxisColor, 1);
        svg.BeginGroup("axes");
        if (frame)
        {
            svg.Rect(data, Color.Transparent, line);
        }

        if (layout.X.Spec.Visible)
        {
            svg.Line(new Point2(data.Left, data.Bottom), new Point2(data.Right, data.Bottom), line);
            foreach (var tick in layout.X.Ticks)
            {
                var x = layout.X.Scale.ToPixel(tick.Position);
                svg.Line(new Point2(x, data.Bottom), new Point2(x, data.Bottom + LayoutEngine.TickLength), line);
            }
        }

        if (layout.Y.Spec.Visible)
        {
            svg.Line(new Point2(data.Left, data.Top), new Point2(data.Left, data.Bottom), line);
            foreach (var tick in layout.Y.Ticks)
            {
                var y = layout.Y.Scale.ToPixel(tick.Position);
                svg.Line(new Point2(data.Left - LayoutEngine.TickLength, y), new Point2(data.Left, y), line);
            }
        }

        svg.EndGroup();
        RenderLabels(svg, layout.X, "x-tick-labels", theme);
        RenderLabels(svg, layout.Y, "y-tick-labels", theme);
    }

    private static void RenderLabels(SvgWriter svg, AxisLayout axis, string cssClass, Theme theme)
    {
        if (axis.Labels.Count > 0)
        {
            svg.BeginGroup(cssClass);
            foreach (var label in axis.Labels)
            {
                svg.Text(label, theme.Foreground);
            }

            svg.EndGroup();
        }

        if (axis.Title is { } title)
        {
            svg.Text(title, theme.Foreground, "axis-title");
        }
    }
}
