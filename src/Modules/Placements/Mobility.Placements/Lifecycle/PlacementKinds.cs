using Mobility.Placements.Contracts;

namespace Mobility.Placements.Lifecycle;

internal static class PlacementKinds
{
    public static bool IsForLearners(this PlacementKind kind)
        => kind is PlacementKind.ShortTermLearner or PlacementKind.ErasmusPro or PlacementKind.GroupMobility;

    public static bool IsForStaff(this PlacementKind kind)
        => kind is PlacementKind.JobShadowing or PlacementKind.TeachingAssignment or PlacementKind.Training;
}
