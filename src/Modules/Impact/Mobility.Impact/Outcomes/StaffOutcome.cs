using Mobility.BuildingBlocks.Domain;

namespace Mobility.Impact.Outcomes;

internal enum StaffOutcomeKind
{
    /// <summary>e.g. the CLIL certification (certification DNL) to teach one's subject in a foreign language.</summary>
    Certification,

    /// <summary>A course followed, e.g. through the academic training plan (PAF).</summary>
    Training,
}

/// <summary>What a staff member gained around the mobility; one row per kind and title.</summary>
internal sealed class StaffOutcome
{
    public const int TitleLength = 200;

    private StaffOutcome()
    {
    }

    public Guid Id { get; private set; }

    public Guid StaffMemberId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public StaffOutcomeKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly On { get; private set; }

    public static StaffOutcome Record(Guid id, Guid staffMemberId, Guid organisationId, StaffOutcomeKind kind, string title, DateOnly on)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(title), "STAFF_OUTCOME_TITLE_REQUIRED", "Name the certification or training.");
        return new StaffOutcome { Id = id, StaffMemberId = staffMemberId, OrganisationId = organisationId, Kind = kind, Title = title.Trim(), On = on };
    }
}
