namespace Mobility.Charts.Layout;

/// <summary>One legend entry.</summary>
internal sealed record LegendItem(string Text, Color Color, LegendSymbol Symbol, MarkerShape Marker = MarkerShape.None, LineStyle LineStyle = LineStyle.Solid);
