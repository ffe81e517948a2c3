using Mobility.BuildingBlocks.Domain;
using Mobility.Placements.Contracts;
using Mobility.Placements.Groups;
using Mobility.Placements.SendingCompanies;

namespace Mobility.Placements.Lifecycle;

internal sealed partial class Placement
{
    public void AppointHostTutor(string name, string email, string position, DateTime now)
    {
        RequireOpen("appoint a host tutor");
        Rule.Require(!string.IsNullOrWhiteSpace(name) && !string.IsNullOrWhiteSpace(email), "HOST_TUTOR_CONTACT_REQUIRED",
            "A host tutor needs a name and an email address.");
        HostTutorName = name.Trim();
        HostTutorEmail = email.Trim();
        HostTutorPosition = position.Trim();
        HostTutorAppointedAt = now;
    }

    /// <summary>
    /// The seed's practical advice made binding: a tutor in the host company, objectives signed by all three
    /// parties, the apprentice's employer on board and, for a group, someone accompanying it.
    /// </summary>
    public void Confirm(SendingCompany? sendingCompany, PlacementGroup? group, DateTime now)
    {
        RequireStatus(PlacementStatus.Planned, "confirm");
        Rule.Require(HasHostTutor, "HOST_TUTOR_REQUIRED_BEFORE_CONFIRMATION",
            "Appoint a tutor at the host before confirming the placement.");
        RequireSignedLearningAgreement();
        Rule.Require(sendingCompany is null || sendingCompany.Agreement == SendingCompanyAgreement.Agreed,
            "SENDING_COMPANY_AGREEMENT_REQUIRED", $"The apprentice's employer {sendingCompany?.Name} has not agreed to the mobility.");
        Rule.Require(group is null || group.AccompanyingPersons.Count > 0, "ACCOMPANYING_PERSON_REQUIRED",
            "A group travels with at least one accompanying person.");
        Status = PlacementStatus.Confirmed;
        ConfirmedAt = now;
    }

    public void Start(DateTime now)
    {
        RequireStatus(PlacementStatus.Confirmed, "start");
        Rule.Require(DateOnly.FromDateTime(now) >= StartsOn, "PLACEMENT_NOT_STARTED_YET", $"The placement starts on {StartsOn:O}.");
        RequireSignedLearningAgreement();
        Status = PlacementStatus.InProgress;
        StartedAt = now;
    }

    public void Complete(DateTime now)
    {
        RequireStatus(PlacementStatus.InProgress, "complete");
        Rule.Require(DateOnly.FromDateTime(now) >= EndsOn, "PLACEMENT_NOT_ENDED_YET",
            $"The placement ends on {EndsOn:O}; interrupt it if it stops earlier.");
        Status = PlacementStatus.Completed;
        ClosedAt = now;
    }

    public void Cancel(string reason, bool forceMajeure, DateTime now)
    {
        Rule.Require(Status is PlacementStatus.Planned or PlacementStatus.Confirmed, "PLACEMENT_STATUS_TRANSITION_INVALID",
            $"Only a planned or confirmed placement can be cancelled; this one is {Status} (interrupt it if it has started).");
        RequireReason(reason);
        Status = PlacementStatus.Cancelled;
        ClosingReason = reason.Trim();
        ForceMajeure = forceMajeure;
        ClosedAt = now;
    }

    public void Interrupt(DateOnly lastDay, string reason, bool forceMajeure, DateTime now)
    {
        RequireStatus(PlacementStatus.InProgress, "interrupt");
        Rule.Require(lastDay >= StartsOn && lastDay < EndsOn && lastDay <= DateOnly.FromDateTime(now), "INTERRUPTION_DATE_OUTSIDE_PLACEMENT",
            $"The last day abroad must fall between {StartsOn:O} and the day before {EndsOn:O}, and not after today.");
        RequireReason(reason);
        Status = PlacementStatus.Interrupted;
        InterruptedOn = lastDay;
        ClosingReason = reason.Trim();
        ForceMajeure = forceMajeure;
        ClosedAt = now;
    }

    private static void RequireReason(string reason)
        => Rule.Require(!string.IsNullOrWhiteSpace(reason), "CLOSING_REASON_REQUIRED", "Say why the placement stops.");

    private void RequireStatus(PlacementStatus expected, string action)
        => Rule.Require(Status == expected, "PLACEMENT_STATUS_TRANSITION_INVALID",
            $"Cannot {action} a placement that is {Status}; it must be {expected}.");

    private void RequireOpen(string action)
        => Rule.Require(!IsClosed, "PLACEMENT_CLOSED", $"The placement is {Status}; you cannot {action} any more.");
}
