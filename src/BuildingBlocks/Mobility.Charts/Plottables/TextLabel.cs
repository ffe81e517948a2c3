using Mobility.Charts.Data;
using Mobility.Charts.Rendering;
using Mobility.Charts.Text;

namespace Mobility.Charts.Plottables;

/// <summary>Text centred on a point in data coordinates.</summary>
public sealed class TextLabel : Plottable
{
    internal TextLabel(string text, double x, double y)
    {
        Text = text;
        X = x;
        Y = y;
    }

    /// <summary>The text.</summary>
    public string Text { get; set; }

    /// <summary>X in data units.</summary>
    public double X { get; set; }

    /// <summary>Y in data units.</summary>
    public double Y { get; set; }

    /// <summary>Text colour; the theme's foreground when <c>null</c>.</summary>
    public Color? Color { get; set; }

    /// <summary>Font size in pixels; the theme's when <c>null</c>.</summary>
    public double? FontSize { get; set; }

    /// <summary>Bold text.</summary>
    public bool Bold { get; set; }

    internal override DataBounds GetBounds() => new(Interval.Empty.Include(X), Interval.Empty.Include(Y));

    internal override void Render(RenderContext context)
    {
        var at = context.ToPixel(X, Y);
        var block = new TextBlock(Text, at.X, at.Y, FontSize ?? context.Theme.FontSize, TextAnchor.Middle, VerticalAnchor.Middle, Bold: Bold);
        context.AddLabel(block, Color ?? context.Theme.Foreground, context.DataArea);
    }

    internal override string Describe() => $"Note: {Text}.";
}
