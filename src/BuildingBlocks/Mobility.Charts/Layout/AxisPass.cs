using Mobility.Charts.Rendering;
using Mobility.Charts.Text;

namespace Mobility.Charts.Layout;

/// <summary>One layout attempt of both axes for a given data area, and how far their labels reach beyond it.</summary>
internal sealed record AxisPass(PixelRect DataArea, AxisLayout X, AxisLayout Y, Edges Reach)
{
    private const double Gap = 4;

    public static AxisPass Run(AxisSpec xSpec, AxisSpec ySpec, PixelRect data, Theme theme, double width, double height, bool drawsAxes)
    {
        var fontSize = theme.FontSize;
        var lineHeight = TextMetrics.LineHeight(fontSize);
        var xScale = new ScaleMap(xSpec.Range, data.Left, data.Right);
        var yScale = ySpec.Kind == AxisKind.Category
            ? new ScaleMap(ySpec.Range, data.Top, data.Bottom)
            : new ScaleMap(ySpec.Range, data.Bottom, data.Top);
        var xTicks = TickSource.For(xSpec, data.Width, vertical: false, fontSize);
        var yTicks = TickSource.For(ySpec, data.Height, vertical: true, fontSize);

        var showX = drawsAxes && xSpec.Visible;
        var showY = drawsAxes && ySpec.Visible;
        var labelTop = data.Bottom + LayoutEngine.TickLength + Gap / 2;
        var xLabels = showX ? TickLabelFitter.FitBottom(xTicks, xScale, labelTop, fontSize, height * 0.3) : [];
        var labelRight = data.Left - LayoutEngine.TickLength - Gap;
        var yLabels = showY ? TickLabelFitter.FitLeft(yTicks, yScale, labelRight, fontSize, width * 0.35) : [];

        var xBounds = xLabels.Select(l => l.Box.Bounds).ToArray();
        var yBounds = yLabels.Select(l => l.Box.Bounds).ToArray();
        var xBottom = xBounds.Select(b => b.Bottom).DefaultIfEmpty(showX ? data.Bottom + LayoutEngine.TickLength : data.Bottom).Max();
        var yLeft = yBounds.Select(b => b.Left).DefaultIfEmpty(showY ? data.Left - LayoutEngine.TickLength : data.Left).Min();

        TextBlock? xTitle = null;
        if (showX && xSpec.Title.Length > 0)
        {
            var text = TextMetrics.Truncate(xSpec.Title, data.Width, fontSize);
            xTitle = new TextBlock(text, data.CenterX, xBottom + Gap, fontSize, TextAnchor.Middle, VerticalAnchor.Top);
        }

        TextBlock? yTitle = null;
        if (showY && ySpec.Title.Length > 0)
        {
            var text = TextMetrics.Truncate(ySpec.Title, data.Height, fontSize);
            yTitle = new TextBlock(text, yLeft - Gap, data.CenterY, fontSize, TextAnchor.Middle, VerticalAnchor.Bottom, -90);
        }

        var reach = new Edges(
            Left: Math.Max(data.Left - yLeft + (yTitle is null ? 0 : lineHeight + Gap), data.Left - xBounds.Select(b => b.Left).DefaultIfEmpty(data.Left).Min()),
            Top: Math.Max(0, data.Top - yBounds.Select(b => b.Top).DefaultIfEmpty(data.Top).Min()),
            Right: Math.Max(0, xBounds.Select(b => b.Right).DefaultIfEmpty(data.Right).Max() - data.Right),
            Bottom: xBottom - data.Bottom + (xTitle is null ? 0 : lineHeight + Gap));

        return new AxisPass(
            data,
            new AxisLayout(xSpec, xScale, xTicks, xLabels, xTitle),
            new AxisLayout(ySpec, yScale, yTicks, yLabels, yTitle),
            reach);
    }
}
