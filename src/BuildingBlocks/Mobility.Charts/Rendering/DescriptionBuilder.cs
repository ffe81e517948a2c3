using Mobility.Charts.Layout;

namespace Mobility.Charts.Rendering;

/// <summary>Writes a plain-language &lt;desc&gt;: what is drawn, then what each axis shows.</summary>
internal static class DescriptionBuilder
{
    public static string Describe(Plot plot, PlotLayout layout)
    {
        var parts = plot.VisiblePlottables.Select(p => p.Describe()).ToList();
        if (parts.Count == 0)
        {
            parts.Add("An empty chart.");
        }

        if (layout.DrawsAxes)
        {
            parts.Add(DescribeAxis("Horizontal axis", layout.X));
            parts.Add(DescribeAxis("Vertical axis", layout.Y));
        }

        return string.Join(" ", parts);
    }

    public static string List(IReadOnlyList<string> names, int max = 12) =>
        names.Count <= max ? string.Join(", ", names) : string.Join(", ", names.Take(max)) + $" and {names.Count - max} more";

    private static string DescribeAxis(string name, AxisLayout axis)
    {
        var title = axis.Spec.Title.Length > 0 ? $"{name}, {axis.Spec.Title}" : name;
        if (axis.Spec.Kind == AxisKind.Category)
        {
            return $"{title}: {List(axis.Spec.Categories)}.";
        }

        return axis.Ticks.Count > 0 ? $"{title}: from {axis.Ticks[0].Label} to {axis.Ticks[^1].Label}." : $"{title}.";
    }
}
