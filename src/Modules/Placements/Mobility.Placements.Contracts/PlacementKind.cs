namespace Mobility.Placements.Contracts;

/// <summary>The Erasmus+ VET activity a placement is; its allowed duration is data per call year.</summary>
public enum PlacementKind
{
    ShortTermLearner,
    ErasmusPro,
    GroupMobility,
    JobShadowing,
    TeachingAssignment,
    Training,
    InvitedExpert,
}
