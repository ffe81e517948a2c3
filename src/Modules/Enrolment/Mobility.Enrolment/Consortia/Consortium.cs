using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.Consortia;

/// <summary>An Erasmus+ mobility consortium: a coordinator sending learners and staff on behalf of its members.</summary>
internal sealed class Consortium
{
    private readonly List<ConsortiumMember> _members = [];

    private Consortium()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string ProjectReference { get; private set; } = "";

    public string? AccreditationNumber { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public Guid CoordinatorId { get; private set; }

    public IReadOnlyList<ConsortiumMember> Members => _members;

    public static Consortium Create(
        Guid id, string name, string projectReference, string? accreditationNumber, DateOnly startsOn, DateOnly endsOn,
        Organisation coordinator)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(name), "CONSORTIUM_NAME_REQUIRED", "A consortium needs a name.");
        Rule.Require(ProjectReferenceFormat.IsValid(projectReference), "PROJECT_REFERENCE_FORMAT",
            $"'{projectReference}' is not an Erasmus+ project reference like 2020-1-FR01-KA202-080445.");
        Rule.Require(accreditationNumber is null || AccreditationNumberFormat.IsValid(accreditationNumber),
            "ACCREDITATION_NUMBER_FORMAT",
            $"'{accreditationNumber}' is not an Erasmus accreditation number like 2020-1-FR01-KA120-VET-095432.");
        Periods.RequireEndAfterStart(startsOn, endsOn, "consortium's project");
        var consortium = new Consortium
        {
            Id = id,
            Name = name.Trim(),
            ProjectReference = projectReference,
            AccreditationNumber = accreditationNumber,
            StartsOn = startsOn,
            EndsOn = endsOn,
            CoordinatorId = coordinator.Id,
        };
        consortium._members.Add(new ConsortiumMember(id, coordinator.Id, startsOn));
        return consortium;
    }

    public bool HasMember(Guid organisationId) => _members.Exists(m => m.OrganisationId == organisationId);

    public void AddMember(Organisation organisation, DateOnly joinedOn)
    {
        Rule.Require(!HasMember(organisation.Id), "ALREADY_A_MEMBER",
            $"{organisation.Name} is already a member of {Name}.");
        Rule.Require(joinedOn <= EndsOn, "JOINED_AFTER_CONSORTIUM_ENDED",
            $"{Name} ended on {EndsOn:O}; nobody can join it on {joinedOn:O}.");
        _members.Add(new ConsortiumMember(Id, organisation.Id, joinedOn));
    }
}
