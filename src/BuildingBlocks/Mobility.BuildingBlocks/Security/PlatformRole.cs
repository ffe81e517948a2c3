namespace Mobility.BuildingBlocks.Security;

/// <summary>What a user does on the platform; decides what each field shows them.</summary>
public enum PlatformRole
{
    /// <summary>Runs a consortium's mobility: sees every member organisation's learners, staff and placements.</summary>
    ConsortiumCoordinator,

    /// <summary>Works at a member school: sees their own organisation's learners, staff and placements.</summary>
    SchoolStaff,

    /// <summary>Guides participants at a host abroad: sees only the placements they tutor (matched by e-mail).</summary>
    HostTutor,

    /// <summary>Reads aggregates and reports; never a name.</summary>
    Funder,

    /// <summary>An apprentice or pupil: sees only themself.</summary>
    Learner,
}
