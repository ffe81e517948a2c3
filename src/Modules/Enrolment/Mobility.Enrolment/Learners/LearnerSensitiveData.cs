namespace Mobility.Enrolment.Learners;

/// <summary>
/// Flags protected under the GDPR, kept in their own table so that no listing or contract ever loads them by
/// accident. Erasmus+ reports only aggregate counts of them, never per person.
/// </summary>
internal sealed class LearnerSensitiveData
{
    private LearnerSensitiveData()
    {
    }

    public Guid LearnerId { get; private set; }

    public bool FewerOpportunities { get; private set; }

    public bool SpecialNeeds { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public static LearnerSensitiveData Record(Guid learnerId, bool fewerOpportunities, bool specialNeeds, DateTime at)
        => new() { LearnerId = learnerId, FewerOpportunities = fewerOpportunities, SpecialNeeds = specialNeeds, RecordedAt = at };

    public void Update(bool fewerOpportunities, bool specialNeeds, DateTime at)
    {
        FewerOpportunities = fewerOpportunities;
        SpecialNeeds = specialNeeds;
        RecordedAt = at;
    }
}
