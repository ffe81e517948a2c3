using System.Globalization;
using System.Text;

namespace Mobility.Charts.Text;

/// <summary>
/// Measures text from DejaVu Sans advance widths embedded as data, so layout never depends on the fonts installed
/// (the main reason charts lose or mis-place text on Linux servers). Kerning is ignored, which errs slightly wide.
/// </summary>
internal static class TextMetrics
{
    private const double UnitsPerEm = 2048;
    private const double FallbackAdvance = 0.64;
    private const double WideAdvance = 1.0;

    public const double Ascent = 1901 / UnitsPerEm;
    public const double Descent = 483 / UnitsPerEm;

    private static readonly Dictionary<int, ushort> RegularWidths = [];
    private static readonly Dictionary<int, ushort> BoldWidths = [];

#pragma warning disable CA1810 // The table is parsed once from an embedded resource; a static constructor keeps that explicit.
    static TextMetrics()
#pragma warning restore CA1810
    {
        using var stream = typeof(TextMetrics).Assembly.GetManifestResourceStream("Mobility.Charts.Text.DejaVuSans.metrics")
            ?? throw new InvalidOperationException("The embedded font metrics are missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            var table = parts[0] == "bold" ? BoldWidths : RegularWidths;
            var codePoint = int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            for (var i = 2; i < parts.Length; i++)
            {
                table[codePoint + i - 2] = ushort.Parse(parts[i], CultureInfo.InvariantCulture);
            }
        }
    }

    public static double LineHeight(double fontSize) => (Ascent + Descent) * fontSize;

    public static double Width(string text, double fontSize, bool bold = false)
    {
        var table = bold ? BoldWidths : RegularWidths;
        double units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += Advance(table, rune.Value);
        }

        return units * fontSize;
    }

    /// <summary>Shortens <paramref name="text"/> with an ellipsis until it fits <paramref name="maxWidth"/>.</summary>
    public static string Truncate(string text, double maxWidth, double fontSize, bool bold = false)
    {
        if (Width(text, fontSize, bold) <= maxWidth)
        {
            return text;
        }

        var runes = text.EnumerateRunes().ToList();
        for (var keep = runes.Count - 1; keep > 0; keep--)
        {
            var candidate = string.Concat(runes.Take(keep).Select(r => r.ToString())).TrimEnd() + "…";
            if (Width(candidate, fontSize, bold) <= maxWidth)
            {
                return candidate;
            }
        }

        return "…";
    }

    /// <summary>
    /// Shortens <paramref name="text"/> by replacing its middle with an ellipsis, keeping both ends: category names
    /// often share a prefix ("Category 1", "Category 2") and differ only at the end.
    /// </summary>
    public static string TruncateMiddle(string text, double maxWidth, double fontSize)
    {
        if (Width(text, fontSize) <= maxWidth)
        {
            return text;
        }

        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        for (var keep = runes.Count - 1; keep > 1; keep--)
        {
            var head = keep - keep / 2;
            var candidate = string.Concat(runes.Take(head)).TrimEnd() + "…" + string.Concat(runes.Skip(runes.Count - keep / 2)).TrimStart();
            if (Width(candidate, fontSize) <= maxWidth)
            {
                return candidate;
            }
        }

        return Truncate(text, maxWidth, fontSize);
    }

    private static double Advance(Dictionary<int, ushort> table, int codePoint)
    {
        if (table.TryGetValue(codePoint, out var units))
        {
            return units / UnitsPerEm;
        }

        if (codePoint is >= 0x0300 and <= 0x036F or 0x200B or 0x200D or 0xFE0F)
        {
            return 0;
        }

        return IsWide(codePoint) ? WideAdvance : FallbackAdvance;
    }

    // CJK, Hangul, full-width forms and emoji are drawn about one em wide by whichever font supplies them.
    private static bool IsWide(int cp) =>
        cp is >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFF60 or >= 0x1F000;
}
