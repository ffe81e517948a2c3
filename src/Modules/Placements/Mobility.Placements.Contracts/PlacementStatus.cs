namespace Mobility.Placements.Contracts;

public enum PlacementStatus
{
    Planned,
    Confirmed,
    InProgress,
    Completed,
    Cancelled,
    Interrupted,
}
