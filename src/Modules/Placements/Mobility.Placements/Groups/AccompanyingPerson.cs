namespace Mobility.Placements.Groups;

/// <summary>A staff member travelling with a group; the programme names one lead accompanying person.</summary>
internal sealed class AccompanyingPerson
{
    private AccompanyingPerson()
    {
    }

    public AccompanyingPerson(Guid placementGroupId, Guid staffMemberId, bool isLead)
    {
        PlacementGroupId = placementGroupId;
        StaffMemberId = staffMemberId;
        IsLead = isLead;
    }

    public Guid PlacementGroupId { get; private set; }

    public Guid StaffMemberId { get; private set; }

    public bool IsLead { get; private set; }
}
