using Mobility.Charts.Rendering;
using Mobility.Charts.Text;
using Mobility.Charts.Ticks;

namespace Mobility.Charts.Layout;

/// <summary>A resolved axis with its ticks, the tick labels that will be drawn, its title and its pixel mapping.</summary>
internal sealed record AxisLayout(AxisSpec Spec, ScaleMap Scale, IReadOnlyList<Tick> Ticks, IReadOnlyList<TextBlock> Labels, TextBlock? Title);
