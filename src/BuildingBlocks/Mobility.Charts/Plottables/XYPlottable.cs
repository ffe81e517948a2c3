namespace Mobility.Charts.Plottables;

/// <summary>A plottable drawn from paired x and y values: lines, scatters and areas.</summary>
public abstract class XYPlottable : Plottable
{
    private protected XYPlottable(IReadOnlyList<double> xs, IReadOnlyList<double> ys, bool dates)
    {
        if (xs.Count != ys.Count)
        {
            throw new ArgumentException("xs and ys must have the same length.", nameof(ys));
        }

        Xs = xs;
        Ys = ys;
        XAreDates = dates;
    }

    /// <summary>X values (OLE Automation dates for date axes).</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>Y values.</summary>
    public IReadOnlyList<double> Ys { get; }

    /// <summary>The legend text, or <c>null</c> for no legend entry.</summary>
    public string? LegendText { get; set; }

    /// <summary>The colour; the palette decides when <c>null</c>.</summary>
    public Color? Color { get; set; }

    internal bool XAreDates { get; }

    internal int PaletteIndex { get; set; }
}
