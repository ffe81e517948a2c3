using Mobility.Charts.Rendering;
using Mobility.Charts.Text;

namespace Mobility.Charts.Layout;

/// <summary>One placed legend entry: its key and its text.</summary>
internal sealed record LegendEntry(LegendItem Item, PixelRect Symbol, TextBlock Text);

/// <summary>A placed legend. Framed legends sit inside the data area and get a background box.</summary>
internal sealed record LegendLayout(PixelRect Box, IReadOnlyList<LegendEntry> Entries, bool Framed);
