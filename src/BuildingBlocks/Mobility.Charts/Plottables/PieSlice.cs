namespace Mobility.Charts.Plottables;

/// <summary>One slice of a pie or donut.</summary>
/// <param name="label">The legend text.</param>
/// <param name="value">The slice's value; negative values are treated as zero.</param>
public sealed class PieSlice(string label, double value)
{
    /// <summary>The legend text.</summary>
    public string Label { get; set; } = label;

    /// <summary>The value.</summary>
    public double Value { get; } = value;

    /// <summary>The fill; the palette decides when <c>null</c>.</summary>
    public Color? Color { get; set; }

    internal int PaletteIndex { get; set; }

    internal Color ResolveColor(Palette palette) => Color ?? palette.GetColor(PaletteIndex);
}
