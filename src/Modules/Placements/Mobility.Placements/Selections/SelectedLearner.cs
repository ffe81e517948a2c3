namespace Mobility.Placements.Selections;

/// <summary>
/// Enrolment's selection of a learner on a call, kept from its ApplicationSelected event: only a selected learner
/// can be placed, within the call's mobility period.
/// </summary>
internal sealed class SelectedLearner
{
    private SelectedLearner()
    {
    }

    public SelectedLearner(
        Guid applicationId, Guid learnerId, Guid callId, Guid schoolId, DateOnly mobilityStartsOn, DateOnly mobilityEndsOn, DateTime selectedAt)
    {
        ApplicationId = applicationId;
        LearnerId = learnerId;
        CallId = callId;
        SchoolId = schoolId;
        MobilityStartsOn = mobilityStartsOn;
        MobilityEndsOn = mobilityEndsOn;
        SelectedAt = selectedAt;
    }

    public Guid ApplicationId { get; private set; }

    public Guid LearnerId { get; private set; }

    public Guid CallId { get; private set; }

    public Guid SchoolId { get; private set; }

    public DateOnly MobilityStartsOn { get; private set; }

    public DateOnly MobilityEndsOn { get; private set; }

    public DateTime SelectedAt { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    public bool Covers(DateOnly startsOn, DateOnly endsOn) => startsOn >= MobilityStartsOn && endsOn <= MobilityEndsOn;

    public void Withdraw(DateTime at) => WithdrawnAt ??= at;
}
