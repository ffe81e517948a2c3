using Mobility.Placements.Contracts;
using Mobility.Placements.FollowUps;
using Mobility.Placements.LearningAgreements;
using Mobility.Placements.Places;

namespace Mobility.Placements.Lifecycle;

/// <summary>
/// One participant's stay: an outgoing learner or staff member at a host abroad, or someone from abroad hosted by a
/// member school. Goes planned, confirmed, in progress, completed; or cancelled before it starts, or interrupted.
/// Split by capability: planning, the status changes, the learning agreement and the follow-up.
/// </summary>
internal sealed partial class Placement
{
    private readonly List<LearningAgreementVersion> _learningAgreements = [];
    private readonly List<FollowUp> _followUps = [];

    private Placement()
    {
    }

    public Guid Id { get; private set; }

    public PlacementKind Kind { get; private set; }

    public PlacementDirection Direction { get; private set; }

    public PlacementStatus Status { get; private set; }

    public int CallYear { get; private set; }

    public Guid? LearnerId { get; private set; }

    public Guid? StaffMemberId { get; private set; }

    /// <summary>The Enrolment application the learner was selected through, so a withdrawal frees the place.</summary>
    public Guid? SelectionApplicationId { get; private set; }

    public string? IncomingParticipantName { get; private set; }

    public string? IncomingHomeOrganisation { get; private set; }

    public Guid? SendingOrganisationId { get; private set; }

    public Guid? HostOrganisationId { get; private set; }

    public Guid? HostSchoolId { get; private set; }

    public Guid? PlacementGroupId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public int DurationDays { get; private set; }

    public string OriginCity { get; private set; } = "";

    public string OriginCountry { get; private set; } = "";

    public double OriginLatitude { get; private set; }

    public double OriginLongitude { get; private set; }

    public string DestinationCity { get; private set; } = "";

    public string DestinationCountry { get; private set; } = "";

    public double DestinationLatitude { get; private set; }

    public double DestinationLongitude { get; private set; }

    public string? HostTutorName { get; private set; }

    public string? HostTutorEmail { get; private set; }

    public string? HostTutorPosition { get; private set; }

    public DateTime? HostTutorAppointedAt { get; private set; }

    public DateTime PlannedAt { get; private set; }

    public DateTime? ConfirmedAt { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>The last day abroad of an interrupted placement.</summary>
    public DateOnly? InterruptedOn { get; private set; }

    public string? ClosingReason { get; private set; }

    public bool ForceMajeure { get; private set; }

    public IReadOnlyList<LearningAgreementVersion> LearningAgreements => _learningAgreements;

    public IReadOnlyList<FollowUp> FollowUps => _followUps;

    public Place Origin => new(OriginCity, OriginCountry, new GeoPoint(OriginLatitude, OriginLongitude));

    public Place Destination => new(DestinationCity, DestinationCountry, new GeoPoint(DestinationLatitude, DestinationLongitude));

    public bool HasHostTutor => HostTutorName is not null;

    public bool IsClosed => Status is PlacementStatus.Completed or PlacementStatus.Cancelled or PlacementStatus.Interrupted;

    /// <summary>The days actually spent (or to be spent) in the activity: shorter when interrupted.</summary>
    public int ActivityDays => InterruptedOn is { } last ? last.DayNumber - StartsOn.DayNumber + 1 : DurationDays;

    public static int DaysBetween(DateOnly startsOn, DateOnly endsOn) => endsOn.DayNumber - startsOn.DayNumber + 1;
}
