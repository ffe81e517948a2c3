namespace Mobility.Enrolment.Calls;

/// <summary>One step of an application's history: who moved it, when, why. Sequence 1 is the submission.</summary>
internal sealed class ApplicationStatusChange
{
    public const int ReasonMaxLength = 1000;
    public const int AuthorMaxLength = 200;

    private ApplicationStatusChange()
    {
    }

    public ApplicationStatusChange(
        Guid applicationId, int sequence, ApplicationStatus? fromStatus, ApplicationStatus toStatus, string reason,
        string author, DateTime changedAt)
    {
        ApplicationId = applicationId;
        Sequence = sequence;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Reason = reason;
        Author = author;
        ChangedAt = changedAt;
    }

    public Guid ApplicationId { get; private set; }

    public int Sequence { get; private set; }

    public ApplicationStatus? FromStatus { get; private set; }

    public ApplicationStatus ToStatus { get; private set; }

    public string Reason { get; private set; } = "";

    public string Author { get; private set; } = "";

    public DateTime ChangedAt { get; private set; }
}
