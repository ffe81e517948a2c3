namespace Mobility.Impact.ReadModels;

/// <summary>
/// What impact statistics need to know about a learner, kept from Enrolment's events: school, consortium of their
/// latest selection, qualification and its level, gender and the fewer-opportunities flag. The flag is only ever
/// counted, never shown against a learner.
/// </summary>
internal sealed class LearnerProfile
{
    public const string Unknown = "Unknown";

    private LearnerProfile()
    {
    }

    public Guid LearnerId { get; private set; }

    public Guid SchoolId { get; private set; }

    public Guid? ConsortiumId { get; private set; }

    public Guid QualificationId { get; private set; }

    public string QualificationName { get; private set; } = "";

    /// <summary>The national level as the country names it: CAP, Bac Pro, BMA, FCIL...</summary>
    public string QualificationLevel { get; private set; } = "";

    public int EqfLevel { get; private set; }

    public string Gender { get; private set; } = Unknown;

    /// <summary>Yes, No or Unknown (not recorded).</summary>
    public string FewerOpportunities { get; private set; } = Unknown;

    public DateTime UpdatedAt { get; private set; }

    /// <summary>When the selection that set <see cref="ConsortiumId"/> was made; an older event changes nothing.</summary>
    public DateTime? ConsortiumSelectedAt { get; private set; }

    /// <summary>When the flags behind <see cref="FewerOpportunities"/> were recorded; an older event changes nothing.</summary>
    public DateTime? FlagsRecordedAt { get; private set; }

    public static LearnerProfile Create(
        Guid learnerId, Guid schoolId, Guid qualificationId, string qualificationName, string qualificationLevel, int eqfLevel,
        string gender, DateTime at)
        => new()
        {
            LearnerId = learnerId,
            SchoolId = schoolId,
            QualificationId = qualificationId,
            QualificationName = qualificationName,
            QualificationLevel = qualificationLevel,
            EqfLevel = eqfLevel,
            Gender = gender,
            UpdatedAt = at,
        };

    public void SelectedIn(Guid consortiumId, Guid schoolId, DateTime at)
    {
        ConsortiumId = consortiumId;
        SchoolId = schoolId;
        ConsortiumSelectedAt = at;
        UpdatedAt = at;
    }

    public void FlagFewerOpportunities(bool fewerOpportunities, DateTime at)
    {
        FewerOpportunities = fewerOpportunities ? "Yes" : "No";
        FlagsRecordedAt = at;
        UpdatedAt = at;
    }
}
