namespace Mobility.Charts.Rendering;

/// <summary>How an outline or line is drawn.</summary>
internal readonly record struct Stroke(Color Color, double Width, LineStyle Style = LineStyle.Solid)
{
    public static Stroke None => new(Color.Transparent, 0);

    public bool IsVisible => Width > 0 && !Color.IsTransparent;

    public string? DashArray => Style switch
    {
        LineStyle.Dashed => "6 4",
        LineStyle.Dotted => "1.5 3",
        _ => null,
    };
}
