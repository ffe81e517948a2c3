using Mobility.Charts.Data;
using Mobility.Charts.Rendering;
using Mobility.Charts.Text;
using Mobility.Charts.Ticks;

namespace Mobility.Charts.Plottables;

/// <summary>A grid of coloured cells over two category axes (for example sending × receiving country), with a colour bar.</summary>
public sealed class Heatmap : Plottable
{
    private static readonly Color Missing = Color.FromHex("#F2F2F2");

    internal Heatmap(double[,] values, IReadOnlyList<string> rows, IReadOnlyList<string> columns)
    {
        if (values.GetLength(0) != rows.Count || values.GetLength(1) != columns.Count)
        {
            throw new ArgumentException("values must have one row per row label and one column per column label.", nameof(values));
        }

        Values = (double[,])values.Clone();
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Row labels, top to bottom.</summary>
    public IReadOnlyList<string> Rows { get; }

    /// <summary>Column labels, left to right.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The colour scale; <see cref="Colormap.Blues"/> by default.</summary>
    public Colormap Colormap { get; set; } = Colormap.Blues;

    /// <summary>Writes each value in its cell when it fits.</summary>
    public bool ValueLabels { get; set; } = true;

    /// <summary>Formats cell values; invariant numbers by default.</summary>
    public Func<double, string>? ValueFormatter { get; set; }

    internal double[,] Values { get; }

    private Interval Range => Interval.Of(Values.Cast<double>());

    internal override AxisHints Hints => new() { XCategories = Columns, YCategories = Rows };

    internal override DataBounds GetBounds() => new(new Interval(-0.5, Columns.Count - 0.5), new Interval(-0.5, Rows.Count - 0.5));

    internal override void Render(RenderContext context)
    {
        var fontSize = context.Theme.FontSize - 1;
        for (var r = 0; r < Rows.Count; r++)
        {
            for (var c = 0; c < Columns.Count; c++)
            {
                var value = Values[r, c];
                var cell = PixelRect.FromEdges(context.X.ToPixel(c - 0.5), context.Y.ToPixel(r - 0.5), context.X.ToPixel(c + 0.5), context.Y.ToPixel(r + 0.5));
                var color = double.IsFinite(value) ? Colormap.GetColor(Fraction(value)) : Missing;
                context.Svg.Rect(cell, color, new Stroke(context.Theme.Background, 1));
                if (ValueLabels && double.IsFinite(value))
                {
                    var text = ValueFormatter?.Invoke(value) ?? NumberFormat.Auto(value);
                    context.AddLabel(new TextBlock(text, cell.CenterX, cell.CenterY, fontSize, TextAnchor.Middle, VerticalAnchor.Middle), color.ContrastingText, cell.Inflate(-2));
                }
            }
        }
    }

    internal override double PanelWidth(Theme theme) =>
        18 + ColorbarTicks(200, theme.FontSize).Select(t => TextMetrics.Width(t.Label, theme.FontSize)).DefaultIfEmpty(0).Max() + 4;

    internal override void RenderPanel(RenderContext context, PixelRect panel)
    {
        const int Steps = 48;
        var bar = new PixelRect(panel.Left, panel.Top, 14, panel.Height);
        for (var i = 0; i < Steps; i++)
        {
            var top = bar.Bottom - (i + 1) * bar.Height / Steps;
            context.Svg.Rect(new PixelRect(bar.Left, top, bar.Width, bar.Height / Steps + 0.5), Colormap.GetColor((i + 0.5) / Steps));
        }

        context.Svg.Rect(bar, Color.Transparent, new Stroke(context.Theme.AxisColor, 1));
        var scale = new ScaleMap(Range, bar.Bottom, bar.Top);
        context.Svg.BeginGroup("colorbar-labels");
        foreach (var tick in ColorbarTicks(bar.Height, context.Theme.FontSize))
        {
            var y = scale.ToPixel(tick.Position);
            context.Svg.Line(new Point2(bar.Right, y), new Point2(bar.Right + 3, y), new Stroke(context.Theme.AxisColor, 1));
            context.Svg.Text(new TextBlock(tick.Label, bar.Right + 5, y, context.Theme.FontSize, TextAnchor.Start, VerticalAnchor.Middle), context.Theme.Foreground);
        }

        context.Svg.EndGroup();
    }

    internal override string Describe()
    {
        var range = Range;
        var extremes = range.IsEmpty ? "" : $" Values range from {NumberFormat.Auto(range.Min)} to {NumberFormat.Auto(range.Max)}.";
        return $"Heatmap of {Rows.Count} rows ({DescriptionBuilder.List(Rows)}) by {Columns.Count} columns ({DescriptionBuilder.List(Columns)}).{extremes}";
    }

    private IReadOnlyList<Tick> ColorbarTicks(double pixels, double fontSize) =>
        Range is { IsEmpty: false, Span: > 0 } range ? NumericTickGenerator.Generate(range, pixels, vertical: true, fontSize) : [];

    private double Fraction(double value) => Range is { Span: > 0 } range ? (value - range.Min) / range.Span : 0.5;
}
