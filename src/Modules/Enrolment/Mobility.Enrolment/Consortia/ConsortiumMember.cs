namespace Mobility.Enrolment.Consortia;

/// <summary>An organisation's membership of a consortium, from the day it joined.</summary>
internal sealed class ConsortiumMember
{
    private ConsortiumMember()
    {
    }

    public ConsortiumMember(Guid consortiumId, Guid organisationId, DateOnly joinedOn)
    {
        ConsortiumId = consortiumId;
        OrganisationId = organisationId;
        JoinedOn = joinedOn;
    }

    public Guid ConsortiumId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateOnly JoinedOn { get; private set; }
}
