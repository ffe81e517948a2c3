namespace Mobility.Charts;

/// <summary>Colours, fonts and line weights for a plot. Use <see cref="Screen"/> or <see cref="Print"/>, or derive one with <c>with</c>.</summary>
public sealed record Theme
{
    /// <summary>For screens: light grid, dark grey text, Tol's bright palette.</summary>
    public static Theme Screen { get; } = new();

    /// <summary>For paper: black text and axes, dashed grid, a palette that survives greyscale, thinner lines.</summary>
    public static Theme Print { get; } = new()
    {
        Foreground = Color.Black,
        AxisColor = Color.Black,
        GridColor = Color.FromHex("#BBBBBB"),
        GridDashed = true,
        Palette = Palette.TolHighContrast,
        LineWidth = 1.5,
        FontSize = 11,
        TitleFontSize = 14,
    };

    /// <summary>Figure background.</summary>
    public Color Background { get; init; } = Color.White;

    /// <summary>Text colour.</summary>
    public Color Foreground { get; init; } = Color.FromHex("#222222");

    /// <summary>Axis lines and tick marks.</summary>
    public Color AxisColor { get; init; } = Color.FromHex("#555555");

    /// <summary>Grid lines.</summary>
    public Color GridColor { get; init; } = Color.FromHex("#E3E3E3");

    /// <summary>Whether grid lines are dashed.</summary>
    public bool GridDashed { get; init; }

    /// <summary>The CSS font-family list written into the SVG. Text is measured with DejaVu Sans metrics, so keep it first.</summary>
    public string FontFamily { get; init; } = "DejaVu Sans, Verdana, sans-serif";

    /// <summary>Font size of tick labels, legends and value labels, in pixels.</summary>
    public double FontSize { get; init; } = 12;

    /// <summary>Font size of the title, in pixels.</summary>
    public double TitleFontSize { get; init; } = 16;

    /// <summary>Colours given to series that have none of their own.</summary>
    public Palette Palette { get; init; } = Palette.TolBright;

    /// <summary>Default stroke width of lines, in pixels.</summary>
    public double LineWidth { get; init; } = 2;

    /// <summary>Space around the figure's edge, in pixels.</summary>
    public double Padding { get; init; } = 10;
}
