using Mobility.Charts.Data;
using Mobility.Charts.Rendering;
using Mobility.Charts.Text;

namespace Mobility.Charts.Plottables;

/// <summary>A horizontal or vertical line across the data area at a fixed value (a target, an average, a date).</summary>
public sealed class ReferenceLine : Plottable
{
    internal ReferenceLine(double position, bool vertical, string? label)
    {
        Position = position;
        IsVertical = vertical;
        Label = label;
    }

    /// <summary>The value where the line is drawn.</summary>
    public double Position { get; set; }

    /// <summary>True for a vertical line at an x value, false for a horizontal line at a y value.</summary>
    public bool IsVertical { get; }

    /// <summary>Text written along the line, or <c>null</c>.</summary>
    public string? Label { get; set; }

    /// <summary>Line and label colour.</summary>
    public Color Color { get; set; } = Color.FromHex("#444444");

    /// <summary>Dashed by default.</summary>
    public LineStyle LineStyle { get; set; } = LineStyle.Dashed;

    /// <summary>Line width in pixels.</summary>
    public double LineWidth { get; set; } = 1.5;

    internal override DataBounds GetBounds() =>
        IsVertical ? new(Interval.Empty.Include(Position), Interval.Empty) : new(Interval.Empty, Interval.Empty.Include(Position));

    internal override void Render(RenderContext context)
    {
        var area = context.DataArea;
        var stroke = new Stroke(Color, LineWidth, LineStyle);
        var fontSize = context.Theme.FontSize - 1;
        if (IsVertical)
        {
            var x = context.X.ToPixel(Position);
            context.Svg.Line(new Point2(x, area.Top), new Point2(x, area.Bottom), stroke);
            if (!string.IsNullOrEmpty(Label))
            {
                var text = TextMetrics.Truncate(Label, area.Height - 8, fontSize);
                context.AddLabel(new TextBlock(text, x - 3, area.Top + 4, fontSize, TextAnchor.End, VerticalAnchor.Bottom, -90), Color, area);
            }

            return;
        }

        var y = context.Y.ToPixel(Position);
        context.Svg.Line(new Point2(area.Left, y), new Point2(area.Right, y), stroke);
        if (!string.IsNullOrEmpty(Label))
        {
            var text = TextMetrics.Truncate(Label, area.Width - 8, fontSize);
            context.AddLabel(new TextBlock(text, area.Right - 4, y - 3, fontSize, TextAnchor.End, VerticalAnchor.Bottom), Color, area);
        }
    }

    internal override string Describe() =>
        $"{(IsVertical ? "Vertical" : "Horizontal")} reference line at {Ticks.NumberFormat.Auto(Position)}{(string.IsNullOrEmpty(Label) ? "" : $" labelled \"{Label}\"")}.";
}
