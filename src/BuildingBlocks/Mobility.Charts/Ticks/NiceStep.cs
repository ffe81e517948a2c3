using Mobility.Charts.Data;

namespace Mobility.Charts.Ticks;

/// <summary>
/// Picks the densest "nice" tick step (1, 2, 2.5 or 5 × 10ⁿ) whose ticks stay at least a given number of pixels apart,
/// the approach of ScottPlot's DecimalTickSpacingCalculator.
/// </summary>
internal static class NiceStep
{
    private static readonly double[] Mantissas = [5, 2.5, 2, 1];

    public static double Choose(Interval range, double pixels, double minGapPixels, bool integerOnly = false)
    {
        var span = range.Span;
        if (!(span > 0) || !(pixels > 0))
        {
            return 1;
        }

        var best = double.NaN;
        foreach (var step in Candidates(span))
        {
            if (integerOnly && step < 1)
            {
                break;
            }

            if (integerOnly && Math.Abs(step - Math.Round(step)) > 1e-9)
            {
                continue;
            }

            var fitsGap = step / span * pixels >= minGapPixels;
            if (!fitsGap && !double.IsNaN(best) && Count(range, best) >= 2)
            {
                break;
            }

            best = step;
        }

        return double.IsNaN(best) ? Math.Pow(10, Math.Floor(Math.Log10(span))) : best;
    }

    public static int Count(Interval range, double step) =>
        (int)(Math.Floor(range.Max / step + 1e-9) - Math.Ceiling(range.Min / step - 1e-9)) + 1;

    /// <summary>10ⁿ⁺¹, 5×10ⁿ, 2.5×10ⁿ, 2×10ⁿ, 10ⁿ, 5×10ⁿ⁻¹, … from just above the span downwards.</summary>
    private static IEnumerable<double> Candidates(double span)
    {
        var exponent = (int)Math.Floor(Math.Log10(span)) + 1;
        yield return Math.Pow(10, exponent);
        for (var e = exponent - 1; e > exponent - 16; e--)
        {
            var scale = Math.Pow(10, e);
            foreach (var m in Mantissas)
            {
                yield return m * scale;
            }
        }
    }
}
