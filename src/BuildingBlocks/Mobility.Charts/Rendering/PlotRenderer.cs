using Mobility.Charts.Layout;

namespace Mobility.Charts.Rendering;

/// <summary>Draws a laid-out plot in a fixed order: background, grid, data (clipped), value labels, axes, legend, title.</summary>
internal static class PlotRenderer
{
    public static void RenderBody(Plot plot, PlotLayout layout, SvgWriter svg, string idPrefix)
    {
        var theme = plot.Theme;
        svg.Rect(layout.Figure, theme.Background);
        if (layout.DrawsAxes)
        {
            AxisRenderer.RenderGrid(svg, layout, theme);
        }

        var context = new RenderContext(svg, layout.DataArea, layout.X.Scale, layout.Y.Scale, theme, plot.EffectivePalette);
        var clipId = idPrefix + "-clip";
        svg.ClipRect(clipId, layout.DataArea.Inflate(layout.DrawsAxes ? 1 : 0));
        svg.BeginGroup("data", clipId);
        foreach (var plottable in plot.VisiblePlottables)
        {
            plottable.Render(context);
        }

        svg.EndGroup();
        if (context.PendingLabels.Count > 0)
        {
            svg.BeginGroup("value-labels");
            foreach (var (text, color) in context.PendingLabels)
            {
                svg.Text(text, color);
            }

            svg.EndGroup();
        }

        if (layout.Panel is { } panel)
        {
            foreach (var plottable in plot.VisiblePlottables)
            {
                plottable.RenderPanel(context, panel);
            }
        }

        if (layout.DrawsAxes)
        {
            AxisRenderer.RenderAxes(svg, layout, theme, plot.Axes.FrameVisible);
        }

        if (layout.Legend is { } legend)
        {
            LegendRenderer.Render(svg, legend, theme);
        }

        if (layout.Title is { } title)
        {
            svg.Text(title, theme.Foreground, "title");
        }
    }
}
