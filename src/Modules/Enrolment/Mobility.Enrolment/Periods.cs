using Mobility.BuildingBlocks.Domain;

namespace Mobility.Enrolment;

/// <summary>Calendar periods (inclusive dates) used by consortia, tutoring teams and calls.</summary>
internal static class Periods
{
    public static void RequireEndAfterStart(DateOnly startsOn, DateOnly endsOn, string what)
        => Rule.Require(endsOn > startsOn, "PERIOD_END_NOT_AFTER_START",
            $"The {what} must end after it starts (given {startsOn:O} to {endsOn:O}).");

    public static bool Overlap(DateOnly aStartsOn, DateOnly aEndsOn, DateOnly bStartsOn, DateOnly bEndsOn)
        => aStartsOn <= bEndsOn && bStartsOn <= aEndsOn;
}
