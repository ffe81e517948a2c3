namespace Mobility.Placements.FollowUps;

internal enum FollowUpKind
{
    CheckIn,
    FinalDebriefing,
}
