using Mobility.BuildingBlocks.Domain;
using Mobility.Placements.Contracts;
using Mobility.Placements.FollowUps;

namespace Mobility.Placements.Lifecycle;

internal sealed partial class Placement
{
    public FollowUp? Debriefing => _followUps.Find(f => f.Kind == FollowUpKind.FinalDebriefing);

    public FollowUp RecordFollowUp(Guid id, DateOnly heldOn, string heldBy, bool withSendingEmployer, bool hasSendingCompany, string notes, DateTime now)
    {
        Rule.Require(Status == PlacementStatus.InProgress, "FOLLOW_UP_ONLY_DURING_PLACEMENT",
            $"Check-ins happen while the placement is in progress; it is {Status}.");
        Rule.Require(heldOn >= StartsOn && heldOn <= EndsOn && heldOn <= DateOnly.FromDateTime(now), "FOLLOW_UP_DATE_OUTSIDE_PLACEMENT",
            $"A check-in is held between {StartsOn:O} and {EndsOn:O}, and not in the future.");
        return Add(new FollowUp(id, Id, FollowUpKind.CheckIn, heldOn, heldBy, withSendingEmployer, notes, now), hasSendingCompany);
    }

    /// <summary>
    /// For an apprentice, the employer at home must have taken part in a follow-up or in this debriefing: the
    /// seed's advice to debrief with the sending employer.
    /// </summary>
    public FollowUp RecordDebriefing(Guid id, DateOnly heldOn, string heldBy, bool withSendingEmployer, bool hasSendingCompany, string notes, DateTime now)
    {
        Rule.Require(Status is PlacementStatus.InProgress or PlacementStatus.Completed or PlacementStatus.Interrupted,
            "DEBRIEFING_NOT_YET_POSSIBLE", $"A debriefing follows a placement that has started; this one is {Status}.");
        Rule.Require(Debriefing is null, "DEBRIEFING_ALREADY_RECORDED", "The placement's final debriefing is already recorded.");
        Rule.Require(heldOn >= StartsOn && heldOn <= DateOnly.FromDateTime(now), "DEBRIEFING_DATE_INVALID",
            $"The debriefing is held after {StartsOn:O} and not in the future.");
        Rule.Require(!hasSendingCompany || withSendingEmployer || _followUps.Exists(f => f.WithSendingEmployer),
            "DEBRIEFING_WITH_SENDING_EMPLOYER_REQUIRED",
            "The apprentice's employer has not taken part in any follow-up: hold the debriefing with them.");
        return Add(new FollowUp(id, Id, FollowUpKind.FinalDebriefing, heldOn, heldBy, withSendingEmployer, notes, now), hasSendingCompany);
    }

    private FollowUp Add(FollowUp followUp, bool hasSendingCompany)
    {
        Rule.Require(!followUp.WithSendingEmployer || hasSendingCompany, "NO_SENDING_EMPLOYER",
            "The participant has no sending employer registered.");
        Rule.Require(!string.IsNullOrWhiteSpace(followUp.HeldBy), "FOLLOW_UP_HOLDER_REQUIRED", "Say who held it.");
        _followUps.Add(followUp);
        return followUp;
    }
}
