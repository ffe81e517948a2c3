using Mobility.Charts.Ticks;

namespace Mobility.Charts;

/// <summary>
/// One axis of a plot. Unless configured here, its kind, limits and categories follow from what was added to the plot.
/// </summary>
public sealed class Axis
{
    internal Axis(bool isVertical) => IsVertical = isVertical;

    internal bool IsVertical { get; }

    /// <summary>The axis title, drawn beside the tick labels. Empty for none.</summary>
    public string Label { get; set; } = "";

    /// <summary>Whether the axis line, ticks and labels are drawn.</summary>
    public bool IsVisible { get; set; } = true;

    /// <summary>Grid lines at the ticks: <c>null</c> (default) shows them on numeric and date axes only.</summary>
    public bool? GridVisible { get; set; }

    /// <summary>Only whole-number tick steps, for counts.</summary>
    public bool IntegerTicksOnly { get; set; }

    /// <summary>Custom tick labels for numeric axes, e.g. <c>v =&gt; $"{v:0}%"</c>. Use the invariant culture for reproducible output.</summary>
    public Func<double, string>? TickFormatter { get; set; }

    /// <summary>The axis kind if set explicitly; otherwise the plottables decide.</summary>
    public AxisKind? Kind { get; private set; }

    /// <summary>Explicit ordered categories (positions 0, 1, 2, …), or <c>null</c>.</summary>
    public IReadOnlyList<string>? Categories { get; private set; }

    /// <summary>The explicit lower limit, or <c>null</c> to fit the data.</summary>
    public double? Min { get; private set; }

    /// <summary>The explicit upper limit, or <c>null</c> to fit the data.</summary>
    public double? Max { get; private set; }

    internal IReadOnlyList<Tick>? ManualTicks { get; private set; }

    /// <summary>Fixes the visible range.</summary>
    /// <param name="min">The lower limit in data units.</param>
    /// <param name="max">The upper limit in data units.</param>
    public void SetLimits(double min, double max)
    {
        if (!(min < max))
        {
            throw new ArgumentException("The lower limit must be below the upper limit.", nameof(min));
        }

        (Min, Max) = (min, max);
    }

    /// <summary>Forgets explicit limits so the axis fits the data again.</summary>
    public void AutoScale() => (Min, Max) = (null, null);

    /// <summary>Makes this an ordered category axis: category <c>i</c> sits at position <c>i</c>.</summary>
    /// <param name="categories">The category names in display order (e.g. A1, A2, B1, B2, C1, C2).</param>
    public void SetCategories(params string[] categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Categories = categories.ToArray();
        Kind = AxisKind.Category;
    }

    /// <summary>Labels ticks as dates; values are OLE Automation dates (<see cref="DateTime.ToOADate"/>).</summary>
    public void DateTimeTicks() => Kind = AxisKind.DateTime;

    /// <summary>Labels ticks as plain numbers.</summary>
    public void NumericTicks() => Kind = AxisKind.Numeric;

    /// <summary>Uses exactly these ticks instead of generated ones.</summary>
    /// <param name="positions">Tick positions in data units.</param>
    /// <param name="labels">One label per position.</param>
    public void SetTicks(double[] positions, string[] labels)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(labels);
        if (positions.Length != labels.Length)
        {
            throw new ArgumentException("Each tick position needs one label.", nameof(labels));
        }

        ManualTicks = positions.Zip(labels, (p, l) => new Tick(p, l)).ToArray();
    }
}
