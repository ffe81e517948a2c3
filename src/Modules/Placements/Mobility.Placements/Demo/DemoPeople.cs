namespace Mobility.Placements.Demo;

/// <summary>Who signs a placement's learning agreement and follows it up: participant, sending school, host tutor.</summary>
internal sealed record DemoPeople(string Participant, string SendingSchool, string Tutor, string TutorEmail, string TutorPosition)
{
    public static DemoPeople At(DemoHost host, string participant, string sendingSchool)
        => new(participant, sendingSchool, host.Contact, host.Email, host.Position);
}
