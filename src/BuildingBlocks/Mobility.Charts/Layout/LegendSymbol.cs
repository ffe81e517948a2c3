namespace Mobility.Charts.Layout;

/// <summary>The key drawn beside a legend entry.</summary>
internal enum LegendSymbol
{
    Box,
    Line,
    Marker,
}
