using System.Globalization;

namespace Mobility.Charts.Ticks;

/// <summary>
/// Culture-invariant number labels: '.' for decimals, a narrow no-break space between thousands (the SI convention,
/// unambiguous in every European language) and a true minus sign.
/// </summary>
internal static class NumberFormat
{
    private const char Minus = '\u2212';
    private const string ThousandsSeparator = "\u202F";

    /// <summary>The fewest decimals that show <paramref name="step"/> exactly (0 for 5, 1 for 2.5, 2 for 0.25).</summary>
    public static int DecimalsFor(double step)
    {
        for (var d = 0; d < 10; d++)
        {
            var scaled = Math.Abs(step) * Math.Pow(10, d);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-6 * Math.Max(1, scaled))
            {
                return d;
            }
        }

        return 10;
    }

    public static string Format(double value, int decimals, bool groupThousands)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0;
        }

        var format = groupThousands ? "#,0" : "0";
        if (decimals > 0)
        {
            format += "." + new string('0', decimals);
        }

        var text = Math.Abs(rounded).ToString(format, CultureInfo.InvariantCulture).Replace(",", ThousandsSeparator, StringComparison.Ordinal);
        return rounded < 0 ? Minus + text : text;
    }

    /// <summary>A value label: up to two decimals, trailing zeros dropped, thousands grouped from 10 000.</summary>
    public static string Auto(double value) =>
        Format(value, Math.Min(2, DecimalsFor(Math.Round(value, 2))), Math.Abs(value) >= 10_000);

    public static IReadOnlyList<Tick> Label(IEnumerable<double> positions, double step)
    {
        var values = positions.ToArray();
        var decimals = DecimalsFor(step);
        var group = values.Length > 0 && values.Max(Math.Abs) >= 10_000;
        return values.Select(v => new Tick(v, Format(v, decimals, group))).ToArray();
    }
}
