using System.Globalization;
using Mobility.Charts.Data;
using Mobility.Charts.Text;

namespace Mobility.Charts.Ticks;

/// <summary>Calendar-aware ticks for dates stored as OLE Automation days: the finest unit whose labels do not crowd.</summary>
internal static class DateTimeTickGenerator
{
    private static readonly (DateUnit Unit, int Count)[] Candidates =
    [
        (DateUnit.Minute, 1), (DateUnit.Minute, 5), (DateUnit.Minute, 15), (DateUnit.Minute, 30),
        (DateUnit.Hour, 1), (DateUnit.Hour, 3), (DateUnit.Hour, 6), (DateUnit.Hour, 12),
        (DateUnit.Day, 1), (DateUnit.Day, 2), (DateUnit.Day, 7), (DateUnit.Day, 14),
        (DateUnit.Month, 1), (DateUnit.Month, 2), (DateUnit.Month, 3), (DateUnit.Month, 6),
        (DateUnit.Year, 1), (DateUnit.Year, 2), (DateUnit.Year, 5), (DateUnit.Year, 10), (DateUnit.Year, 25), (DateUnit.Year, 50),
    ];

    public static IReadOnlyList<Tick> Generate(Interval range, double pixels, double fontSize)
    {
        IReadOnlyList<Tick> ticks = [];
        foreach (var (unit, count) in Candidates)
        {
            ticks = Enumerate(range, unit, count);
            var widest = ticks.Select(t => TextMetrics.Width(t.Label, fontSize)).DefaultIfEmpty(0).Max();
            var spacing = pixels * Days(unit, count) / Math.Max(range.Span, 1e-9);
            if (spacing >= widest + fontSize * 1.5)
            {
                return ticks;
            }
        }

        return ticks;
    }

    private static double Days(DateUnit unit, int count) => count * unit switch
    {
        DateUnit.Minute => 1.0 / 1440,
        DateUnit.Hour => 1.0 / 24,
        DateUnit.Day => 1,
        DateUnit.Month => 30.44,
        _ => 365.25,
    };

    private static List<Tick> Enumerate(Interval range, DateUnit unit, int count)
    {
        var start = DateTime.FromOADate(Math.Max(range.Min, -657434));
        var end = DateTime.FromOADate(Math.Min(range.Max, 2958465));
        var cursor = Floor(start, unit, count);
        var ticks = new List<Tick>();
        while (cursor <= end && ticks.Count < 500)
        {
            if (cursor >= start)
            {
                ticks.Add(new Tick(cursor.ToOADate(), Format(cursor, unit)));
            }

            cursor = Next(cursor, unit, count);
        }

        return ticks;
    }

    private static DateTime Floor(DateTime t, DateUnit unit, int count) => unit switch
    {
        DateUnit.Minute => new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute - t.Minute % count, 0, t.Kind),
        DateUnit.Hour => new DateTime(t.Year, t.Month, t.Day, t.Hour - t.Hour % count, 0, 0, t.Kind),
        DateUnit.Day => t.Date,
        DateUnit.Month => new DateTime(t.Year, (t.Month - 1) / count * count + 1, 1, 0, 0, 0, t.Kind),
        _ => new DateTime(Math.Max(1, t.Year / count * count), 1, 1, 0, 0, 0, t.Kind),
    };

    private static DateTime Next(DateTime t, DateUnit unit, int count) => unit switch
    {
        DateUnit.Minute => t.AddMinutes(count),
        DateUnit.Hour => t.AddHours(count),
        DateUnit.Day => t.AddDays(count),
        DateUnit.Month => t.AddMonths(count),
        _ => t.AddYears(count),
    };

    private static string Format(DateTime t, DateUnit unit) => unit switch
    {
        DateUnit.Minute or DateUnit.Hour => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateUnit.Day => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateUnit.Month => t.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        _ => t.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    private enum DateUnit
    {
        Minute,
        Hour,
        Day,
        Month,
        Year,
    }
}
