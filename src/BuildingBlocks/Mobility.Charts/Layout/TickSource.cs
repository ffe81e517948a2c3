using Mobility.Charts.Ticks;

namespace Mobility.Charts.Layout;

/// <summary>Produces the ticks of a resolved axis for a given length in pixels.</summary>
internal static class TickSource
{
    public static IReadOnlyList<Tick> For(AxisSpec spec, double pixels, bool vertical, double fontSize)
    {
        bool Inside(Tick t) => t.Position >= spec.Range.Min - 1e-9 && t.Position <= spec.Range.Max + 1e-9;

        if (spec.ManualTicks is { } manual)
        {
            return manual.Where(Inside).ToArray();
        }

        return spec.Kind switch
        {
            AxisKind.Category => spec.Categories.Select((c, i) => new Tick(i, c)).Where(Inside).ToArray(),
            AxisKind.DateTime => DateTimeTickGenerator.Generate(spec.Range, pixels, fontSize),
            _ => NumericTickGenerator.Generate(spec.Range, pixels, vertical, fontSize, spec.Formatter, spec.IntegerOnly),
        };
    }
}
