using Mobility.BuildingBlocks.Domain;
using Mobility.Placements.Contracts;
using Mobility.Placements.Grants;
using Mobility.Placements.Groups;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.Places;

namespace Mobility.Placements.Lifecycle;

internal sealed partial class Placement
{
    public static Placement PlanOutgoing(
        Guid id, PlacementKind kind, int callYear, OutgoingParticipant participant, HostOrganisation host, PlacementGroup? group,
        DateOnly startsOn, DateOnly endsOn, Place origin, ActivityDuration duration, DateTime now)
    {
        Rule.Require(kind != PlacementKind.InvitedExpert, "INVITED_EXPERT_IS_INCOMING",
            "Invited experts come to a member school; plan them as an incoming placement.");
        Rule.Require(kind.IsForLearners() ? participant.LearnerId is not null : participant.StaffMemberId is not null,
            "PARTICIPANT_DOES_NOT_MATCH_KIND", $"A {kind} placement is for {(kind.IsForLearners() ? "a learner" : "a staff member")}.");
        Rule.Require(host.Country != origin.Country, "HOST_NOT_ABROAD",
            $"{host.Name} is in {host.Country}, the country the participant leaves from; Erasmus+ mobility crosses a border.");
        RequireGroupMatches(kind, group, host.Id, participant.SendingOrganisationId, startsOn, endsOn);
        var placement = New(id, kind, PlacementDirection.Outgoing, callYear, startsOn, endsOn, origin, host.Place, duration, now);
        placement.LearnerId = participant.LearnerId;
        placement.StaffMemberId = participant.StaffMemberId;
        placement.SelectionApplicationId = participant.SelectionApplicationId;
        placement.SendingOrganisationId = participant.SendingOrganisationId;
        placement.HostOrganisationId = host.Id;
        placement.PlacementGroupId = group?.Id;
        return placement;
    }

    public static Placement PlanIncoming(
        Guid id, PlacementKind kind, int callYear, string participantName, string homeOrganisation, Place origin,
        Guid hostSchoolId, Place destination, DateOnly startsOn, DateOnly endsOn, ActivityDuration duration, DateTime now)
    {
        Rule.Require(kind != PlacementKind.GroupMobility, "INCOMING_KIND_NOT_SUPPORTED",
            "Incoming groups are not handled; plan each incoming participant on their own.");
        Rule.Require(!string.IsNullOrWhiteSpace(participantName), "INCOMING_PARTICIPANT_REQUIRED",
            "Name the person the member school hosts.");
        Rule.Require(origin.Country != destination.Country, "HOST_NOT_ABROAD",
            "An incoming participant comes from another country than the hosting school's.");
        var placement = New(id, kind, PlacementDirection.Incoming, callYear, startsOn, endsOn, origin, destination, duration, now);
        placement.IncomingParticipantName = participantName.Trim();
        placement.IncomingHomeOrganisation = homeOrganisation.Trim();
        placement.HostSchoolId = hostSchoolId;
        return placement;
    }

    private static Placement New(
        Guid id, PlacementKind kind, PlacementDirection direction, int callYear, DateOnly startsOn, DateOnly endsOn,
        Place origin, Place destination, ActivityDuration duration, DateTime now)
    {
        Rule.Require(endsOn >= startsOn, "PLACEMENT_END_BEFORE_START", $"A placement cannot end ({endsOn:O}) before it starts ({startsOn:O}).");
        var days = DaysBetween(startsOn, endsOn);
        Rule.Require(days >= duration.MinDays && days <= duration.MaxDays, "DURATION_OUT_OF_RANGE_FOR_KIND",
            $"A {kind} placement lasts {duration.MinDays} to {duration.MaxDays} days in call {callYear}; this one lasts {days}.");
        return new Placement
        {
            Id = id,
            Kind = kind,
            Direction = direction,
            Status = PlacementStatus.Planned,
            CallYear = callYear,
            StartsOn = startsOn,
            EndsOn = endsOn,
            DurationDays = days,
            OriginCity = origin.City,
            OriginCountry = origin.Country,
            OriginLatitude = origin.Point.Latitude,
            OriginLongitude = origin.Point.Longitude,
            DestinationCity = destination.City,
            DestinationCountry = destination.Country,
            DestinationLatitude = destination.Point.Latitude,
            DestinationLongitude = destination.Point.Longitude,
            PlannedAt = now,
        };
    }

    private static void RequireGroupMatches(
        PlacementKind kind, PlacementGroup? group, Guid hostId, Guid sendingOrganisationId, DateOnly startsOn, DateOnly endsOn)
    {
        Rule.Require((kind == PlacementKind.GroupMobility) == (group is not null), "GROUP_REQUIRED_FOR_GROUP_MOBILITY",
            "A group mobility placement belongs to a placement group, and only such a placement does.");
        Rule.Require(group is null || (group.HostOrganisationId == hostId && group.SendingOrganisationId == sendingOrganisationId
                && group.StartsOn == startsOn && group.EndsOn == endsOn),
            "GROUP_PLACEMENT_MISMATCH", "A group member leaves from the group's school for the group's host on the group's dates.");
    }
}
