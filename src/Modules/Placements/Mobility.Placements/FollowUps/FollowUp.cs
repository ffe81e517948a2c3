namespace Mobility.Placements.FollowUps;

/// <summary>A check-in with the host tutor during a placement, or the final debriefing.</summary>
internal sealed class FollowUp
{
    private FollowUp()
    {
    }

    public FollowUp(Guid id, Guid placementId, FollowUpKind kind, DateOnly heldOn, string heldBy, bool withSendingEmployer, string notes, DateTime now)
    {
        Id = id;
        PlacementId = placementId;
        Kind = kind;
        HeldOn = heldOn;
        HeldBy = heldBy.Trim();
        WithSendingEmployer = withSendingEmployer;
        Notes = notes.Trim();
        RecordedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid PlacementId { get; private set; }

    public FollowUpKind Kind { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string HeldBy { get; private set; } = "";

    /// <summary>The apprentice's employer at home took part (the seed: debrief with the sending employer).</summary>
    public bool WithSendingEmployer { get; private set; }

    public string Notes { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }
}
