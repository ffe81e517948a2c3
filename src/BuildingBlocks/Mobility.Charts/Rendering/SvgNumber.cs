using System.Globalization;
using System.Text;

namespace Mobility.Charts.Rendering;

/// <summary>
/// Writes coordinates with at most two decimals, '.' as separator and no exponent, whatever the current culture,
/// so the same chart always yields the same bytes.
/// </summary>
internal static class SvgNumber
{
    public static void Append(StringBuilder sb, double value)
    {
        if (!double.IsFinite(value))
        {
            value = 0;
        }

        var hundredths = (long)Math.Round(value * 100, MidpointRounding.AwayFromZero);
        if (hundredths < 0)
        {
            sb.Append('-');
            hundredths = -hundredths;
        }

        sb.Append(hundredths / 100);
        var fraction = hundredths % 100;
        if (fraction != 0)
        {
            sb.Append('.');
            sb.Append((char)('0' + fraction / 10));
            if (fraction % 10 != 0)
            {
                sb.Append((char)('0' + fraction % 10));
            }
        }
    }

    public static string Format(double value)
    {
        var sb = new StringBuilder(12);
        Append(sb, value);
        return sb.ToString();
    }

    public static string FormatInvariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
