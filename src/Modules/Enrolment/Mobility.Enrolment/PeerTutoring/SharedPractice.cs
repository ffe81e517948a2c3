namespace Mobility.Enrolment.PeerTutoring;

/// <summary>A dated note of what a tutoring team shared, e.g. host organisations or public-accounting procedures.</summary>
internal sealed class SharedPractice
{
    public const int NoteMaxLength = 1000;

    private SharedPractice()
    {
    }

    public SharedPractice(Guid id, Guid tutoringTeamId, DateOnly notedOn, string note)
    {
        Id = id;
        TutoringTeamId = tutoringTeamId;
        NotedOn = notedOn;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid TutoringTeamId { get; private set; }

    public DateOnly NotedOn { get; private set; }

    public string Note { get; private set; } = "";
}
