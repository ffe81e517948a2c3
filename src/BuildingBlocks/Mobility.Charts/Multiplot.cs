using Mobility.Charts.Data;
using Mobility.Charts.Layout;
using Mobility.Charts.Rasterizing;
using Mobility.Charts.Rendering;
using Mobility.Charts.Text;

namespace Mobility.Charts;

/// <summary>Small multiples: a grid of plots rendered into one SVG, optionally sharing the vertical scale.</summary>
public sealed class Multiplot
{
    private readonly Plot[] _plots;

    /// <summary>Creates a grid of empty plots.</summary>
    /// <param name="rows">Number of rows.</param>
    /// <param name="columns">Number of columns.</param>
    public Multiplot(int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        (Rows, Columns) = (rows, columns);
        _plots = Enumerable.Range(0, rows * columns).Select(_ => new Plot()).ToArray();
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>All plots, row by row.</summary>
    public IReadOnlyList<Plot> Plots => _plots;

    /// <summary>The overall title, or <c>null</c>.</summary>
    public string? TitleText { get; private set; }

    /// <summary>The accessible description; written from the subplots when <c>null</c>.</summary>
    public string? Description { get; set; }

    /// <summary>Theme of the overall title and background.</summary>
    public Theme Theme { get; set; } = Theme.Screen;

    /// <summary>Prefix of the ids inside the SVG.</summary>
    public string IdPrefix { get; set; } = "chart";

    /// <summary>The plot at a grid position.</summary>
    /// <param name="row">Row, from 0.</param>
    /// <param name="column">Column, from 0.</param>
    /// <returns>The plot.</returns>
    public Plot GetPlot(int row, int column) => _plots[row * Columns + column];

    /// <summary>Sets the overall title.</summary>
    /// <param name="text">The title.</param>
    public void Title(string text) => TitleText = text;

    /// <summary>Gives every plot the same vertical range (the union of their ranges), so panels compare honestly. Call after adding data.</summary>
    public void ShareY()
    {
        var range = _plots.Select(p => AxisResolver.Resolve(p.Axes.Left, p.Axes.MarginY, p.VisiblePlottables, isX: false).Range)
            .Aggregate(Interval.Empty, (a, b) => a.Union(b));
        foreach (var plot in _plots.Where(p => p.Axes.Left.Categories is null && !range.IsEmpty))
        {
            plot.Axes.Left.SetLimits(range.Min, range.Max);
        }
    }

    /// <summary>Renders all plots as one standalone SVG document.</summary>
    /// <param name="width">Total width in pixels.</param>
    /// <param name="height">Total height in pixels.</param>
    /// <returns>The SVG markup.</returns>
    public string GetSvgXml(int width, int height)
    {
        var id = SvgDocument.SafeId(IdPrefix);
        var svg = new SvgWriter();
        var titleHeight = string.IsNullOrEmpty(TitleText) ? 0 : TextMetrics.LineHeight(Theme.TitleFontSize) + 2 * Theme.Padding;
        var cellWidth = (double)width / Columns;
        var cellHeight = (height - titleHeight) / Rows;
        var layouts = _plots.Select(p => LayoutEngine.Compute(p, cellWidth, cellHeight)).ToArray();
        SvgDocument.Open(svg, width, height, id, TitleText, Description ?? Describe(layouts), Theme);
        svg.Rect(new PixelRect(0, 0, width, height), Theme.Background);
        if (!string.IsNullOrEmpty(TitleText))
        {
            var title = TextMetrics.Truncate(TitleText, width - 2 * Theme.Padding, Theme.TitleFontSize, bold: true);
            svg.Text(new TextBlock(title, width / 2.0, Theme.Padding, Theme.TitleFontSize, TextAnchor.Middle, VerticalAnchor.Top, Bold: true), Theme.Foreground, "title");
        }

        for (var i = 0; i < _plots.Length; i++)
        {
            var (x, y) = (i % Columns * cellWidth, titleHeight + i / Columns * cellHeight);
            svg.BeginGroup("subplot", transform: $"translate({SvgNumber.Format(x)} {SvgNumber.Format(y)})");
            PlotRenderer.RenderBody(_plots[i], layouts[i], svg, $"{id}-{i / Columns}-{i % Columns}");
            svg.EndGroup();
        }

        svg.Raw("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Writes the SVG to a file.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="width">Total width in pixels.</param>
    /// <param name="height">Total height in pixels.</param>
    public void SaveSvg(string path, int width, int height) => SvgDocument.Save(path, GetSvgXml(width, height));

    /// <summary>Writes a PNG file through a rasteriser (by default <see cref="RsvgConvertRasterizer"/>).</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="width">Total width in pixels.</param>
    /// <param name="height">Total height in pixels.</param>
    /// <param name="scale">Pixel density.</param>
    /// <param name="rasterizer">The SVG-to-PNG converter.</param>
    public void SavePng(string path, int width, int height, double scale = 1, IRasterizer? rasterizer = null) =>
        File.WriteAllBytes(path, (rasterizer ?? new RsvgConvertRasterizer()).Rasterize(GetSvgXml(width, height), (int)Math.Round(width * scale), (int)Math.Round(height * scale)));

    private string Describe(PlotLayout[] layouts)
    {
        var panels = _plots.Select((p, i) => $"Panel {i + 1}{(p.TitleText is null ? "" : $", {p.TitleText}")}: {DescriptionBuilder.Describe(p, layouts[i])}");
        return $"Small multiples: {Rows} by {Columns} panels. " + string.Join(" ", panels);
    }
}
