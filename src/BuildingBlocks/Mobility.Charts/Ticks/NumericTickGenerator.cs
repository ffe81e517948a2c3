using Mobility.Charts.Data;
using Mobility.Charts.Text;

namespace Mobility.Charts.Ticks;

/// <summary>
/// Nice-number ticks with measure-and-retry: guess a label size, choose a step, format and measure the labels,
/// and choose again while the real labels are larger than the guess.
/// </summary>
internal static class NumericTickGenerator
{
    public static IReadOnlyList<Tick> Generate(
        Interval range, double pixels, bool vertical, double fontSize, Func<double, string>? formatter = null, bool integerOnly = false)
    {
        var labelSize = vertical ? TextMetrics.LineHeight(fontSize) : fontSize * 3;
        IReadOnlyList<Tick> ticks = [];
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var step = NiceStep.Choose(range, pixels, MinGap(labelSize, vertical), integerOnly);
            ticks = Place(range, step, formatter);
            var measured = vertical
                ? TextMetrics.LineHeight(fontSize)
                : ticks.Select(t => TextMetrics.Width(t.Label, fontSize)).DefaultIfEmpty(0).Max();
            if (measured <= labelSize)
            {
                break;
            }

            labelSize = measured;
        }

        return ticks;
    }

    /// <summary>Small labels need proportionally more air around them (ScottPlot's 2×, 1.5×, 1.2× rule), plus a floor.</summary>
    private static double MinGap(double labelSize, bool vertical)
    {
        var factor = labelSize < 10 ? 2 : labelSize < 25 ? 1.5 : 1.2;
        return Math.Max(labelSize * factor, vertical ? 40 : labelSize + 20);
    }

    private static IReadOnlyList<Tick> Place(Interval range, double step, Func<double, string>? formatter)
    {
        var first = (long)Math.Ceiling(range.Min / step - 1e-9);
        var last = (long)Math.Floor(range.Max / step + 1e-9);
        var positions = new List<double>();
        for (var k = first; k <= last && positions.Count < 1000; k++)
        {
            var value = Math.Round(k * step, 12);
            positions.Add(value == 0 ? 0 : value);
        }

        return formatter is null
            ? NumberFormat.Label(positions, step)
            : positions.Select(p => new Tick(p, formatter(p))).ToArray();
    }
}
