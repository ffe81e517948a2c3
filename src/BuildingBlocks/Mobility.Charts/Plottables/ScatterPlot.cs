using Mobility.Charts.Data;
using Mobility.Charts.Layout;
using Mobility.Charts.Rendering;

namespace Mobility.Charts.Plottables;

/// <summary>Points joined by a line, with or without markers. NaN values break the line.</summary>
public sealed class ScatterPlot : XYPlottable
{
    internal ScatterPlot(IReadOnlyList<double> xs, IReadOnlyList<double> ys, bool dates)
        : base(xs, ys, dates)
    {
    }

    /// <summary>Line width in pixels; 0 hides the line. The theme decides when <c>null</c>.</summary>
    public double? LineWidth { get; set; }

    /// <summary>Solid, dashed or dotted.</summary>
    public LineStyle LineStyle { get; set; }

    /// <summary>The marker drawn at each point.</summary>
    public MarkerShape MarkerShape { get; set; } = MarkerShape.Circle;

    /// <summary>Marker diameter in pixels.</summary>
    public double MarkerSize { get; set; } = 6;

    internal override AxisHints Hints => XAreDates ? new AxisHints { XDateTime = true } : AxisHints.None;

    internal override DataBounds GetBounds() => new(Interval.Of(Xs), Interval.Of(Ys));

    internal override void Render(RenderContext context)
    {
        var color = Color ?? context.Palette.GetColor(PaletteIndex);
        var width = LineWidth ?? context.Theme.LineWidth;
        var runs = Runs(context);
        if (width > 0)
        {
            foreach (var run in runs.Where(r => r.Count > 1))
            {
                context.Svg.Polyline(LineDecimator.Decimate(run), new Stroke(color, width, LineStyle));
            }
        }

        if (MarkerShape != MarkerShape.None)
        {
            foreach (var point in runs.SelectMany(r => r))
            {
                MarkerRenderer.Render(context.Svg, MarkerShape, point, MarkerSize, color);
            }
        }
    }

    internal override IEnumerable<LegendItem> GetLegendItems(Palette palette)
    {
        if (string.IsNullOrEmpty(LegendText))
        {
            return [];
        }

        var color = Color ?? palette.GetColor(PaletteIndex);
        var symbol = LineWidth is 0 ? LegendSymbol.Marker : LegendSymbol.Line;
        return [new LegendItem(LegendText, color, symbol, MarkerShape, LineStyle)];
    }

    internal override string Describe()
    {
        var kind = LineWidth is 0 ? "Scatter plot" : "Line";
        var name = string.IsNullOrEmpty(LegendText) ? "" : $" \"{LegendText}\"";
        return $"{kind}{name} with {Xs.Count} points.";
    }

    private List<List<Point2>> Runs(RenderContext context)
    {
        var runs = new List<List<Point2>> { new() };
        for (var i = 0; i < Xs.Count; i++)
        {
            if (double.IsFinite(Xs[i]) && double.IsFinite(Ys[i]))
            {
                runs[^1].Add(context.ToPixel(Xs[i], Ys[i]));
            }
            else if (runs[^1].Count > 0)
            {
                runs.Add([]);
            }
        }

        return runs;
    }
}
