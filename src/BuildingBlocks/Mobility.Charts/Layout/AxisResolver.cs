using Mobility.Charts.Data;
using Mobility.Charts.Plottables;

namespace Mobility.Charts.Layout;

/// <summary>Decides an axis's kind and range: explicit settings win, then hints from the plottables, then the data.</summary>
internal static class AxisResolver
{
    public static AxisSpec Resolve(Axis axis, double margin, IReadOnlyList<Plottable> plottables, bool isX)
    {
        var hints = plottables.Select(p => p.Hints).ToArray();
        var categories = axis.Categories ?? hints.Select(h => isX ? h.XCategories : h.YCategories).FirstOrDefault(c => c is not null);
        var kind = axis.Kind
            ?? (categories is not null ? AxisKind.Category : isX && hints.Any(h => h.XDateTime) ? AxisKind.DateTime : AxisKind.Numeric);
        var formatter = axis.TickFormatter ?? hints.Select(h => isX ? h.XFormatter : h.YFormatter).FirstOrDefault(f => f is not null);
        var integerOnly = axis.IntegerTicksOnly || hints.Any(h => isX ? h.XInteger : h.YInteger);
        var range = kind == AxisKind.Category && categories is not null
            ? new Interval(-0.5, categories.Count - 0.5)
            : hints.Select(h => isX ? h.XLimits : h.YLimits).FirstOrDefault(l => l is not null) ?? DataRange(plottables, hints, margin, isX);
        if (axis.Min is { } min && axis.Max is { } max)
        {
            range = new Interval(min, max);
        }

        return new AxisSpec(
            kind, range, categories ?? [], formatter, integerOnly,
            axis.GridVisible ?? (kind != AxisKind.Category || (isX && hints.Any(h => h.XGrid))), axis.IsVisible, axis.Label, axis.ManualTicks);
    }

    private static Interval DataRange(IReadOnlyList<Plottable> plottables, AxisHints[] hints, double margin, bool isX)
    {
        var data = plottables.Select(p => isX ? p.GetBounds().X : p.GetBounds().Y).Aggregate(Interval.Empty, (a, b) => a.Union(b));
        var includesZero = hints.Any(h => isX ? h.XIncludesZero : h.YIncludesZero);
        var tight = hints.Any(h => isX ? h.TightX : h.TightY);
        var headroom = hints.Select(h => h.ValueHeadroom).DefaultIfEmpty(0).Max();
        if (includesZero)
        {
            data = data.Include(0);
        }

        if (data.IsEmpty)
        {
            return new Interval(0, 1);
        }

        if (data.Span == 0)
        {
            var pad = data.Min == 0 ? 1 : Math.Abs(data.Min) * 0.1;
            return new Interval(data.Min - pad, data.Max + pad);
        }

        var low = tight && data.Min == 0 ? 0 : data.Span * (margin + (data.Min < 0 ? headroom : 0));
        var high = tight && data.Max == 0 ? 0 : data.Span * (margin + (data.Max > 0 ? headroom : 0));
        return new Interval(data.Min - low, data.Max + high);
    }
}
