namespace Mobility.Charts;

/// <summary>A continuous colour scale from 0 to 1, for heatmaps and diverging bars.</summary>
public sealed class Colormap
{
    private readonly Color[] _stops;

    /// <summary>Creates a colour map that interpolates evenly between the given colours.</summary>
    /// <param name="name">A name for documentation and debugging.</param>
    /// <param name="hexStops">Two or more colours as <c>#RRGGBB</c>, from 0 to 1.</param>
    public Colormap(string name, params string[] hexStops)
    {
        ArgumentNullException.ThrowIfNull(hexStops);
        if (hexStops.Length < 2)
        {
            throw new ArgumentException("A colour map needs at least two stops.", nameof(hexStops));
        }

        Name = name;
        _stops = hexStops.Select(Color.FromHex).ToArray();
    }

    /// <summary>The colour map's name.</summary>
    public string Name { get; }

    /// <summary>Viridis: perceptually uniform and readable by colour-blind readers and in greyscale.</summary>
    public static Colormap Viridis { get; } = new("Viridis", "#440154", "#472D7B", "#3B528B", "#2C728E", "#21918C", "#28AE80", "#5EC962", "#ADDC30", "#FDE725");

    /// <summary>A light-to-dark blue sequential scale (ColorBrewer "Blues").</summary>
    public static Colormap Blues { get; } = new("Blues", "#F7FBFF", "#DEEBF7", "#C6DBEF", "#9ECAE1", "#6BAED6", "#4292C6", "#2171B5", "#08519C", "#08306B");

    /// <summary>A diverging red-to-blue scale (ColorBrewer "RdBu", as recommended by Paul Tol).</summary>
    public static Colormap RedBlue { get; } = new("RdBu", "#B2182B", "#D6604D", "#F4A582", "#FDDBC7", "#F7F7F7", "#D1E5F0", "#92C5DE", "#4393C3", "#2166AC");

    /// <summary>The colour at <paramref name="fraction"/> (clamped to 0..1).</summary>
    /// <param name="fraction">The position on the scale.</param>
    /// <returns>The interpolated colour.</returns>
    public Color GetColor(double fraction)
    {
        var t = double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1) * (_stops.Length - 1);
        var i = Math.Min((int)Math.Floor(t), _stops.Length - 2);
        return _stops[i].Lerp(_stops[i + 1], t - i);
    }
}
