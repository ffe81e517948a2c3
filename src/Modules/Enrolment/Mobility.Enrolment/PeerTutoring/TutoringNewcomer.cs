namespace Mobility.Enrolment.PeerTutoring;

/// <summary>A school new to mobility projects, tutored within a team.</summary>
internal sealed class TutoringNewcomer
{
    private TutoringNewcomer()
    {
    }

    public TutoringNewcomer(Guid tutoringTeamId, Guid schoolId)
    {
        TutoringTeamId = tutoringTeamId;
        SchoolId = schoolId;
    }

    public Guid TutoringTeamId { get; private set; }

    public Guid SchoolId { get; private set; }
}
