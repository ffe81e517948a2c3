using Mobility.Placements.Contracts;

namespace Mobility.Placements.Demo;

/// <summary>Where a demo placement's story stops, with the reason and day of a cancellation or interruption.</summary>
internal sealed record DemoOutcome(PlacementStatus Status, string? Reason = null, bool ForceMajeure = false, DateOnly? On = null)
{
    public static readonly DemoOutcome Completed = new(PlacementStatus.Completed);

    public static readonly DemoOutcome Confirmed = new(PlacementStatus.Confirmed);

    public static readonly DemoOutcome Planned = new(PlacementStatus.Planned);

    public static DemoOutcome Cancelled(string reason, bool forceMajeure, DateOnly on) => new(PlacementStatus.Cancelled, reason, forceMajeure, on);

    public static DemoOutcome Interrupted(string reason, bool forceMajeure, DateOnly lastDay)
        => new(PlacementStatus.Interrupted, reason, forceMajeure, lastDay);
}
