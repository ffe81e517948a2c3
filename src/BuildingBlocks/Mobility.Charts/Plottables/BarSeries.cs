namespace Mobility.Charts.Plottables;

/// <summary>One named series of bar values, one value per category (NaN for none).</summary>
/// <param name="label">The legend text, or <c>null</c> to leave the series out of the legend.</param>
/// <param name="values">One value per category.</param>
public sealed class BarSeries(string? label, IEnumerable<double> values)
{
    /// <summary>The legend text.</summary>
    public string? Label { get; set; } = label;

    /// <summary>One value per category.</summary>
    public IReadOnlyList<double> Values { get; } = values.ToArray();

    /// <summary>The fill colour; the plot's palette decides when <c>null</c>.</summary>
    public Color? Color { get; set; }

    internal int PaletteIndex { get; set; }

    internal Color ResolveColor(Palette palette) => Color ?? palette.GetColor(PaletteIndex);
}
