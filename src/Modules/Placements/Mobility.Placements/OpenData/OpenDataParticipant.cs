namespace Mobility.Placements.OpenData;

/// <summary>
/// The anonymous participant of one open-data mobility. Not an Enrolment learner: the file has no names and no
/// participant id, so each mobility row has its own participant.
/// </summary>
internal sealed class OpenDataParticipant
{
    private OpenDataParticipant()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>ISO code; null when the file says "-" or nothing.</summary>
    public string? Nationality { get; private set; }

    public string Gender { get; private set; } = "";

    public int Age { get; private set; }

    public string Profile { get; private set; } = "";

    public bool SpecialNeeds { get; private set; }

    public bool FewerOpportunities { get; private set; }

    public bool GroupLeader { get; private set; }

    public static OpenDataParticipant Create(OpenDataRow row) => new()
    {
        Id = Guid.CreateVersion7(),
        Nationality = row.Nationality,
        Gender = row.Gender,
        Age = row.Age,
        Profile = row.Profile,
        SpecialNeeds = row.SpecialNeeds,
        FewerOpportunities = row.FewerOpportunities,
        GroupLeader = row.GroupLeader,
    };
}
