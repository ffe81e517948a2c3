namespace Mobility.Placements.Demo;

/// <summary>The demo's instants, all fixed in the past: never the clock.</summary>
internal static class DemoTime
{
    public static DateTime At(DateOnly day, int hour = 9) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    public static DateTime Before(DateOnly day, int days, int hour = 9) => At(day.AddDays(-days), hour);
}
