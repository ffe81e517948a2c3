namespace Mobility.Enrolment.Calls;

/// <summary>A weighted criterion on which applications to a call are scored from 0 to 10.</summary>
internal sealed class SelectionCriterion
{
    public const int NameMaxLength = 100;
    public const int MaxWeight = 100;

    private SelectionCriterion()
    {
    }

    public SelectionCriterion(Guid id, Guid mobilityCallId, string name, int weight)
    {
        Id = id;
        MobilityCallId = mobilityCallId;
        Name = name;
        Weight = weight;
    }

    public Guid Id { get; private set; }

    public Guid MobilityCallId { get; private set; }

    public string Name { get; private set; } = "";

    public int Weight { get; private set; }
}
