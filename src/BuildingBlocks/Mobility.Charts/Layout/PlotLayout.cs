using Mobility.Charts.Rendering;
using Mobility.Charts.Text;

namespace Mobility.Charts.Layout;

/// <summary>Where everything goes: computed once per render from the plot and the figure size.</summary>
internal sealed record PlotLayout(
    PixelRect Figure,
    PixelRect DataArea,
    TextBlock? Title,
    AxisLayout X,
    AxisLayout Y,
    bool DrawsAxes,
    LegendLayout? Legend,
    PixelRect? Panel);
