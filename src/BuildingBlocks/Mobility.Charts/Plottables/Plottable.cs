using Mobility.Charts.Data;
using Mobility.Charts.Layout;
using Mobility.Charts.Rendering;

namespace Mobility.Charts.Plottables;

/// <summary>Something drawn in a plot's data area. Create plottables with <see cref="Plot.Add"/>.</summary>
public abstract class Plottable
{
    private protected Plottable()
    {
    }

    /// <summary>Whether the plottable is drawn and counted when fitting the axes.</summary>
    public bool IsVisible { get; set; } = true;

    internal virtual AxisHints Hints => AxisHints.None;

    internal abstract DataBounds GetBounds();

    internal abstract void Render(RenderContext context);

    internal virtual IEnumerable<LegendItem> GetLegendItems(Palette palette) => [];

    /// <summary>One sentence for the chart's &lt;desc&gt;, read by screen readers.</summary>
    internal abstract string Describe();

    /// <summary>Width of a panel to the right of the data area (a heatmap's colour bar).</summary>
    internal virtual double PanelWidth(Theme theme) => 0;

    internal virtual void RenderPanel(RenderContext context, PixelRect panel)
    {
    }
}
