using Mobility.BuildingBlocks.Domain;
using Mobility.Placements.Grants;
using Mobility.Placements.Lifecycle;

namespace Mobility.Placements.Groups;

/// <summary>Learners of one sending school travelling together to one host, with accompanying staff.</summary>
internal sealed class PlacementGroup
{
    private readonly List<AccompanyingPerson> _accompanyingPersons = [];

    private PlacementGroup()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public int CallYear { get; private set; }

    public Guid SendingOrganisationId { get; private set; }

    public Guid HostOrganisationId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public IReadOnlyList<AccompanyingPerson> AccompanyingPersons => _accompanyingPersons;

    public static PlacementGroup Create(
        Guid id, string name, int callYear, Guid sendingOrganisationId, Guid hostOrganisationId, DateOnly startsOn, DateOnly endsOn,
        ActivityDuration duration)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(name), "GROUP_NAME_REQUIRED", "A placement group needs a name.");
        Rule.Require(endsOn >= startsOn, "PLACEMENT_END_BEFORE_START", "A group cannot come back before it leaves.");
        var days = Placement.DaysBetween(startsOn, endsOn);
        Rule.Require(days >= duration.MinDays && days <= duration.MaxDays, "DURATION_OUT_OF_RANGE_FOR_KIND",
            $"A group mobility lasts {duration.MinDays} to {duration.MaxDays} days in call {callYear}; this one lasts {days}.");
        return new PlacementGroup
        {
            Id = id,
            Name = name.Trim(),
            CallYear = callYear,
            SendingOrganisationId = sendingOrganisationId,
            HostOrganisationId = hostOrganisationId,
            StartsOn = startsOn,
            EndsOn = endsOn,
        };
    }

    public void AddAccompanyingPerson(Guid staffMemberId, Guid staffOrganisationId, bool isLead)
    {
        Rule.Require(staffOrganisationId == SendingOrganisationId, "ACCOMPANYING_PERSON_NOT_FROM_SENDING_SCHOOL",
            "Accompanying persons are staff of the group's sending school.");
        Rule.Require(!_accompanyingPersons.Exists(p => p.StaffMemberId == staffMemberId), "ACCOMPANYING_PERSON_ALREADY_ADDED",
            "This staff member already accompanies the group.");
        Rule.Require(!isLead || !_accompanyingPersons.Exists(p => p.IsLead), "LEAD_ACCOMPANYING_PERSON_ALREADY_NAMED",
            "The group already has its lead accompanying person.");
        _accompanyingPersons.Add(new AccompanyingPerson(Id, staffMemberId, isLead));
    }
}
