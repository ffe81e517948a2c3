namespace Mobility.Charts;

/// <summary>An ordered list of colours given to series in turn. The built-in palettes are safe for colour-blind readers.</summary>
public sealed class Palette
{
    /// <summary>Creates a palette.</summary>
    /// <param name="name">A name for documentation and debugging.</param>
    /// <param name="hexColors">The colours as <c>#RRGGBB</c>.</param>
    public Palette(string name, params string[] hexColors)
    {
        ArgumentNullException.ThrowIfNull(hexColors);
        if (hexColors.Length == 0)
        {
            throw new ArgumentException("A palette needs at least one colour.", nameof(hexColors));
        }

        Name = name;
        Colors = hexColors.Select(Color.FromHex).ToArray();
    }

    /// <summary>The palette's name.</summary>
    public string Name { get; }

    /// <summary>The colours, in the order series receive them.</summary>
    public IReadOnlyList<Color> Colors { get; }

    /// <summary>Okabe and Ito's eight colours (2008), reordered so that strong colours come first.</summary>
    public static Palette OkabeIto { get; } = new("Okabe-Ito", "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000");

    /// <summary>Paul Tol's "bright" qualitative scheme.</summary>
    public static Palette TolBright { get; } = new("Tol bright", "#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB");

    /// <summary>Paul Tol's "muted" qualitative scheme, for many series.</summary>
    public static Palette TolMuted { get; } = new("Tol muted", "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499");

    /// <summary>Paul Tol's "high contrast" scheme, which also survives greyscale printing.</summary>
    public static Palette TolHighContrast { get; } = new("Tol high contrast", "#004488", "#DDAA33", "#BB5566", "#000000");

    /// <summary>The colour for the series at <paramref name="index"/>, wrapping around.</summary>
    /// <param name="index">The series index, from 0.</param>
    /// <returns>The colour.</returns>
    public Color GetColor(int index) => Colors[((index % Colors.Count) + Colors.Count) % Colors.Count];
}
