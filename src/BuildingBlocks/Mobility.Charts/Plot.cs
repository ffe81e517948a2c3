using Mobility.Charts.Plottables;
using Mobility.Charts.Rasterizing;
using Mobility.Charts.Rendering;

namespace Mobility.Charts;

/// <summary>
/// A chart: add plottables with <see cref="Add"/>, configure <see cref="Axes"/>, then write SVG or PNG.
/// <code>
/// var plt = new Plot();
/// plt.Add.Bars(["A", "B"], [3, 5]);
/// plt.Title("Example");
/// plt.SaveSvg("example.svg", 600, 400);
/// </code>
/// </summary>
public sealed class Plot
{
    private readonly List<Plottable> _plottables = [];
    private int _nextPaletteIndex;

    /// <summary>Creates an empty plot with the screen theme.</summary>
    public Plot() => Add = new PlottableAdder(this);

    /// <summary>Adds plottables: bars, lines, pies, heatmaps, annotations and more.</summary>
    public PlottableAdder Add { get; }

    /// <summary>The bottom and left axes.</summary>
    public AxisManager Axes { get; } = new();

    /// <summary>Colours, fonts and line weights. See <see cref="Theme.Screen"/> and <see cref="Theme.Print"/>.</summary>
    public Theme Theme { get; set; } = Theme.Screen;

    /// <summary>Overrides the theme's palette when set.</summary>
    public Palette? Palette { get; set; }

    /// <summary>The title, or <c>null</c>. Set it with <see cref="Title(string)"/>.</summary>
    public string? TitleText { get; private set; }

    /// <summary>The accessible description (&lt;desc&gt;). When <c>null</c> one is written from the plottables and axes.</summary>
    public string? Description { get; set; }

    /// <summary>Prefix of the ids inside the SVG; make it unique when several charts are inlined in one HTML page.</summary>
    public string IdPrefix { get; set; } = "chart";

    /// <summary>Where the legend goes.</summary>
    public LegendPosition LegendPosition { get; private set; } = LegendPosition.Auto;

    /// <summary>Everything added so far, in drawing order.</summary>
    public IReadOnlyList<Plottable> Plottables => _plottables;

    internal IReadOnlyList<Plottable> VisiblePlottables => _plottables.Where(p => p.IsVisible).ToArray();

    internal Palette EffectivePalette => Palette ?? Theme.Palette;

    /// <summary>Sets the title drawn above the chart and used as the SVG &lt;title&gt;.</summary>
    /// <param name="text">The title.</param>
    public void Title(string text) => TitleText = text;

    /// <summary>Sets the bottom axis title.</summary>
    /// <param name="text">The axis title.</param>
    public void XLabel(string text) => Axes.Bottom.Label = text;

    /// <summary>Sets the left axis title.</summary>
    /// <param name="text">The axis title.</param>
    public void YLabel(string text) => Axes.Left.Label = text;

    /// <summary>Shows the legend (named series only).</summary>
    /// <param name="position">Where to put it.</param>
    public void ShowLegend(LegendPosition position = LegendPosition.Auto) => LegendPosition = position;

    /// <summary>Hides the legend.</summary>
    public void HideLegend() => LegendPosition = LegendPosition.Hidden;

    /// <summary>Hides grid lines on both axes.</summary>
    public void HideGrid()
    {
        Axes.Bottom.GridVisible = false;
        Axes.Left.GridVisible = false;
    }

    /// <summary>Removes a plottable.</summary>
    /// <param name="plottable">The plottable to remove.</param>
    public void Remove(Plottable plottable) => _plottables.Remove(plottable);

    /// <summary>Renders a standalone SVG document. The same plot always gives the same string.</summary>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <returns>The SVG markup.</returns>
    public string GetSvgXml(int width, int height) => SvgDocument.Render(this, width, height);

    /// <summary>Writes the SVG to a file (UTF-8, no byte-order mark).</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public void SaveSvg(string path, int width, int height) => SvgDocument.Save(path, GetSvgXml(width, height));

    /// <summary>Renders a PNG through a rasteriser (by default <see cref="RsvgConvertRasterizer"/>).</summary>
    /// <param name="width">Width of the chart in pixels.</param>
    /// <param name="height">Height of the chart in pixels.</param>
    /// <param name="scale">Pixel density: 2 gives a sharper image twice the size.</param>
    /// <param name="rasterizer">The SVG-to-PNG converter to use.</param>
    /// <returns>The PNG bytes.</returns>
    public byte[] GetPngBytes(int width, int height, double scale = 1, IRasterizer? rasterizer = null) =>
        (rasterizer ?? new RsvgConvertRasterizer()).Rasterize(GetSvgXml(width, height), (int)Math.Round(width * scale), (int)Math.Round(height * scale));

    /// <summary>Writes a PNG file. See <see cref="GetPngBytes"/>.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="width">Width of the chart in pixels.</param>
    /// <param name="height">Height of the chart in pixels.</param>
    /// <param name="scale">Pixel density.</param>
    /// <param name="rasterizer">The SVG-to-PNG converter to use.</param>
    public void SavePng(string path, int width, int height, double scale = 1, IRasterizer? rasterizer = null) =>
        File.WriteAllBytes(path, GetPngBytes(width, height, scale, rasterizer));

    internal int NextPaletteIndex() => _nextPaletteIndex++;

    internal T Register<T>(T plottable)
        where T : Plottable
    {
        _plottables.Add(plottable);
        return plottable;
    }
}
