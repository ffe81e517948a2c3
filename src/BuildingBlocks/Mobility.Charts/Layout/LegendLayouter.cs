using Mobility.Charts.Rendering;
using Mobility.Charts.Text;

namespace Mobility.Charts.Layout;

/// <summary>Measures and places legend entries, as a column (right or inside) or as wrapped rows (bottom).</summary>
internal static class LegendLayouter
{
    private const double Swatch = 12;
    private const double SymbolGap = 6;
    private const double ItemGap = 18;
    private const double Inset = 6;

    public static double RowHeight(double fontSize) => Math.Max(TextMetrics.LineHeight(fontSize), Swatch) + 4;

    public static double ColumnWidth(IReadOnlyList<LegendItem> items, double fontSize, double maxWidth) =>
        Math.Min(maxWidth, items.Select(i => EntryWidth(i.Text, fontSize)).DefaultIfEmpty(0).Max() + 2 * Inset);

    public static int RowCount(IReadOnlyList<LegendItem> items, double fontSize, double width) =>
        Rows(items, fontSize, width).Count;

    public static LegendLayout Column(IReadOnlyList<LegendItem> items, double fontSize, double left, double top, double width, double maxBottom, bool framed)
    {
        var rowHeight = RowHeight(fontSize);
        var entries = new List<LegendEntry>();
        var y = top + Inset;
        foreach (var item in items)
        {
            if (y + rowHeight > maxBottom)
            {
                break;
            }

            entries.Add(Entry(item, fontSize, left + Inset, y, width - 2 * Inset));
            y += rowHeight;
        }

        return new LegendLayout(new PixelRect(left, top, width, y - top + Inset), entries, framed);
    }

    public static LegendLayout Band(IReadOnlyList<LegendItem> items, double fontSize, double left, double top, double width)
    {
        var rowHeight = RowHeight(fontSize);
        var entries = new List<LegendEntry>();
        var rows = Rows(items, fontSize, width);
        for (var r = 0; r < rows.Count; r++)
        {
            var rowWidth = rows[r].Sum(i => Math.Min(width, EntryWidth(i.Text, fontSize))) + ItemGap * (rows[r].Count - 1);
            var x = left + Math.Max(0, (width - rowWidth) / 2);
            foreach (var item in rows[r])
            {
                var entryWidth = Math.Min(width, EntryWidth(item.Text, fontSize));
                entries.Add(Entry(item, fontSize, x, top + r * rowHeight, entryWidth));
                x += entryWidth + ItemGap;
            }
        }

        return new LegendLayout(new PixelRect(left, top, width, rows.Count * rowHeight), entries, Framed: false);
    }

    private static double EntryWidth(string text, double fontSize) => Swatch + SymbolGap + TextMetrics.Width(text, fontSize);

    private static LegendEntry Entry(LegendItem item, double fontSize, double x, double y, double width)
    {
        var rowHeight = RowHeight(fontSize);
        var text = TextMetrics.Truncate(item.Text, Math.Max(fontSize, width - Swatch - SymbolGap), fontSize);
        return new LegendEntry(
            item,
            new PixelRect(x, y + (rowHeight - Swatch) / 2, Swatch, Swatch),
            new TextBlock(text, x + Swatch + SymbolGap, y + rowHeight / 2, fontSize, TextAnchor.Start, VerticalAnchor.Middle));
    }

    private static List<List<LegendItem>> Rows(IReadOnlyList<LegendItem> items, double fontSize, double width)
    {
        var rows = new List<List<LegendItem>>();
        var used = double.PositiveInfinity;
        foreach (var item in items)
        {
            var w = Math.Min(width, EntryWidth(item.Text, fontSize));
            if (used + ItemGap + w > width)
            {
                rows.Add([]);
                used = -ItemGap;
            }

            rows[^1].Add(item);
            used += ItemGap + w;
        }

        return rows;
    }
}
