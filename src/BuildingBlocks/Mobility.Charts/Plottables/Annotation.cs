using Mobility.Charts.Data;
using Mobility.Charts.Rendering;
using Mobility.Charts.Text;

namespace Mobility.Charts.Plottables;

/// <summary>A boxed note pinned to a corner of the data area (a source, a sample size, a caveat).</summary>
public sealed class Annotation : Plottable
{
    internal Annotation(string text, Corner corner)
    {
        Text = text;
        Corner = corner;
    }

    /// <summary>The text, on one line; shortened with an ellipsis if wider than the data area.</summary>
    public string Text { get; set; }

    /// <summary>The corner it is pinned to.</summary>
    public Corner Corner { get; set; }

    internal override DataBounds GetBounds() => DataBounds.Empty;

    internal override void Render(RenderContext context)
    {
        const double Inset = 8;
        const double Pad = 5;
        var area = context.DataArea;
        var fontSize = context.Theme.FontSize - 1;
        var text = TextMetrics.Truncate(Text, area.Width - 2 * (Inset + Pad), fontSize);
        var width = TextMetrics.Width(text, fontSize) + 2 * Pad;
        var height = TextMetrics.LineHeight(fontSize) + 2 * Pad;
        var left = Corner is Corner.UpperLeft or Corner.LowerLeft ? area.Left + Inset : area.Right - Inset - width;
        var top = Corner is Corner.UpperLeft or Corner.UpperRight ? area.Top + Inset : area.Bottom - Inset - height;
        var box = new PixelRect(left, top, width, height);
        context.Svg.Rect(box, context.Theme.Background.WithOpacity(0.9), new Stroke(context.Theme.AxisColor, 1));
        context.AddLabel(new TextBlock(text, left + Pad, box.CenterY, fontSize, TextAnchor.Start, VerticalAnchor.Middle), context.Theme.Foreground, box);
    }

    internal override string Describe() => $"Note: {Text}.";
}
