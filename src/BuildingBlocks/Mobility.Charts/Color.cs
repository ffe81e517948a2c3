using System.Globalization;

namespace Mobility.Charts;

/// <summary>An sRGB colour with an alpha channel.</summary>
/// <param name="R">Red, 0-255.</param>
/// <param name="G">Green, 0-255.</param>
/// <param name="B">Blue, 0-255.</param>
/// <param name="A">Alpha, 0 (transparent) to 255 (opaque).</param>
public readonly record struct Color(byte R, byte G, byte B, byte A = 255)
{
    /// <summary>Opaque black.</summary>
    public static Color Black => new(0, 0, 0);

    /// <summary>Opaque white.</summary>
    public static Color White => new(255, 255, 255);

    /// <summary>Fully transparent.</summary>
    public static Color Transparent => new(0, 0, 0, 0);

    /// <summary>Parses <c>#RRGGBB</c> or <c>#RRGGBBAA</c>.</summary>
    /// <param name="hex">The hexadecimal colour, with or without the leading <c>#</c>.</param>
    /// <returns>The colour.</returns>
    public static Color FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.TrimStart('#');
        if (digits.Length is not (6 or 8))
        {
            throw new FormatException($"'{hex}' is not a #RRGGBB or #RRGGBBAA colour.");
        }

        byte Part(int i) => byte.Parse(digits.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new Color(Part(0), Part(1), Part(2), digits.Length == 8 ? Part(3) : (byte)255);
    }

    /// <summary>The colour as lower-case <c>#rrggbb</c>, without alpha.</summary>
    /// <returns>The hexadecimal form.</returns>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>The same colour with a different opacity.</summary>
    /// <param name="opacity">0 (transparent) to 1 (opaque).</param>
    /// <returns>The new colour.</returns>
    public Color WithOpacity(double opacity) => this with { A = (byte)Math.Round(Math.Clamp(opacity, 0, 1) * 255) };

    internal double Opacity => A / 255.0;

    internal bool IsTransparent => A == 0;

    /// <summary>WCAG relative luminance, used to pick readable text on a filled shape.</summary>
    internal double Luminance
    {
        get
        {
            static double Channel(byte c)
            {
                var s = c / 255.0;
                return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(R)) + (0.7152 * Channel(G)) + (0.0722 * Channel(B));
        }
    }

    internal Color ContrastingText => Luminance > 0.35 ? new Color(0x22, 0x22, 0x22) : White;

    internal Color Lerp(Color other, double t)
    {
        static byte Mix(byte a, byte b, double t) => (byte)Math.Round(a + ((b - a) * t));
        return new Color(Mix(R, other.R, t), Mix(G, other.G, t), Mix(B, other.B, t), Mix(A, other.A, t));
    }
}
