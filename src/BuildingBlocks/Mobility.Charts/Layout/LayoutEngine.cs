using Mobility.Charts.Rendering;
using Mobility.Charts.Text;

namespace Mobility.Charts.Layout;

/// <summary>
/// Sizes the margins from what must fit in them (title, tick labels, axis titles, legend, colour bar): lay out the
/// axes, measure how far their labels reach, grow the margins and repeat until nothing moves.
/// </summary>
internal static class LayoutEngine
{
    public const double TickLength = 5;
    private const double Gap = 4;

    public static PlotLayout Compute(Plot plot, double width, double height)
    {
        var theme = plot.Theme;
        var fontSize = theme.FontSize;
        var pad = theme.Padding;
        var plottables = plot.VisiblePlottables;
        var edges = new Edges(pad, pad, pad, pad);

        TextBlock? title = null;
        if (!string.IsNullOrEmpty(plot.TitleText))
        {
            var text = TextMetrics.Truncate(plot.TitleText, width - 2 * pad, theme.TitleFontSize, bold: true);
            title = new TextBlock(text, width / 2, pad, theme.TitleFontSize, TextAnchor.Middle, VerticalAnchor.Top, Bold: true);
            edges = edges with { Top = edges.Top + TextMetrics.LineHeight(theme.TitleFontSize) + 2 * Gap };
        }

        var items = plottables.SelectMany(p => p.GetLegendItems(plot.EffectivePalette)).ToArray();
        var legendPosition = ResolveLegend(plot.LegendPosition, items, fontSize, width, plottables.Any(p => p.Hints.LegendBelow));
        var legendWidth = LegendLayouter.ColumnWidth(items, fontSize, width / 3);
        var legendRows = LegendLayouter.RowCount(items, fontSize, width - 2 * pad);
        edges = legendPosition switch
        {
            LegendPosition.Right => edges with { Right = edges.Right + legendWidth + 2 * Gap },
            LegendPosition.Bottom => edges with { Bottom = edges.Bottom + legendRows * LegendLayouter.RowHeight(fontSize) + 2 * Gap },
            _ => edges,
        };

        var panelWidth = plottables.Select(p => p.PanelWidth(theme)).DefaultIfEmpty(0).Max();
        if (panelWidth > 0)
        {
            edges = edges with { Right = edges.Right + panelWidth + 3 * Gap };
        }

        var drawsAxes = !plottables.Any(p => p.Hints.NoAxes);
        var xSpec = AxisResolver.Resolve(plot.Axes.Bottom, plot.Axes.MarginX, plottables, isX: true);
        var ySpec = AxisResolver.Resolve(plot.Axes.Left, plot.Axes.MarginY, plottables, isX: false);

        var extra = drawsAxes ? new Edges(0, TextMetrics.LineHeight(fontSize) / 2, 0, 0) : new Edges(0, 0, 0, 0);
        var axes = AxisPass.Run(xSpec, ySpec, Data(edges, extra, width, height), theme, width, height, drawsAxes);
        for (var pass = 1; pass < 6; pass++)
        {
            var needed = axes.Reach.Max(pass > 2 ? extra : new Edges(0, 0, 0, 0));
            if (needed.CloseTo(extra))
            {
                break;
            }

            extra = needed;
            axes = AxisPass.Run(xSpec, ySpec, Data(edges, extra, width, height), theme, width, height, drawsAxes);
        }

        var data = axes.DataArea;
        var legend = legendPosition switch
        {
            LegendPosition.Right => LegendLayouter.Column(items, fontSize, width - pad - legendWidth, data.Top, legendWidth, height - pad, framed: false),
            LegendPosition.Bottom => LegendLayouter.Band(
                items, fontSize, pad, height - pad - legendRows * LegendLayouter.RowHeight(fontSize), width - 2 * pad),
            LegendPosition.UpperLeft => LegendLayouter.Column(items, fontSize, data.Left + 8, data.Top + 8, legendWidth, data.Bottom - 8, framed: true),
            LegendPosition.UpperRight => LegendLayouter.Column(
                items, fontSize, data.Right - 8 - legendWidth, data.Top + 8, legendWidth, data.Bottom - 8, framed: true),
            _ => null,
        };
        PixelRect? panel = panelWidth > 0 ? new PixelRect(data.Right + 3 * Gap, data.Top, panelWidth, data.Height) : null;

        return new PlotLayout(new PixelRect(0, 0, width, height), data, title, axes.X, axes.Y, drawsAxes, legend, panel);
    }

    private static PixelRect Data(Edges edges, Edges extra, double width, double height)
    {
        var left = edges.Left + extra.Left;
        var top = edges.Top + extra.Top;
        var right = Math.Max(left + 20, width - edges.Right - extra.Right);
        var bottom = Math.Max(top + 20, height - edges.Bottom - extra.Bottom);
        return PixelRect.FromEdges(left, top, right, bottom);
    }

    private static LegendPosition ResolveLegend(LegendPosition requested, LegendItem[] items, double fontSize, double width, bool below)
    {
        if (items.Length == 0)
        {
            return LegendPosition.Hidden;
        }

        if (requested != LegendPosition.Auto)
        {
            return requested;
        }

        return !below && LegendLayouter.ColumnWidth(items, fontSize, double.MaxValue) <= width / 4 ? LegendPosition.Right : LegendPosition.Bottom;
    }
}
