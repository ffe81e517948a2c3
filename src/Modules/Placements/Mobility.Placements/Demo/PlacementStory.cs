using Mobility.Placements.Contracts;
using Mobility.Placements.Groups;
using Mobility.Placements.LearningAgreements;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.SendingCompanies;

namespace Mobility.Placements.Demo;

/// <summary>
/// Takes a planned placement through the domain's own steps, up to its demo outcome: tutor, agreement signed by
/// the three parties, confirmation, start, a check-in, then completion or interruption and the debriefing (or a
/// cancellation after confirmation, in the last two weeks). Each step is dated a fixed number of days before or
/// after the placement, and its events get name-based IDs.
/// </summary>
internal static class PlacementStory
{
    public static void Play(
        DemoBatch batch, Placement placement, string key, DemoPeople people, string sector, DemoOutcome outcome,
        PlacementGroup? group = null, SendingCompany? company = null, bool employerAtCheckIn = false)
    {
        batch.Placements.Add(placement);
        var start = placement.StartsOn;
        placement.AppointHostTutor(people.Tutor, people.TutorEmail, people.TutorPosition, DemoTime.Before(start, 25));
        placement.DraftLearningAgreement(
            DemoIds.Of("learning-agreement", $"{key}/1"), DemoObjectives.For(sector, placement.DurationDays), people.SendingSchool,
            DemoTime.Before(start, 22));
        if (outcome.Status == PlacementStatus.Planned)
        {
            return;
        }

        placement.SignLearningAgreement(LearningAgreementParty.Participant, people.Participant, DemoTime.Before(start, 20, 16));
        placement.SignLearningAgreement(LearningAgreementParty.SendingSchool, people.SendingSchool, DemoTime.Before(start, 19, 11));
        placement.SignLearningAgreement(LearningAgreementParty.Host, people.Tutor, DemoTime.Before(start, 18, 14));
        var confirmedAt = DemoTime.Before(start, 14);
        placement.Confirm(company, group, confirmedAt);
        batch.Events.Add(PlacementEvents.Confirmed(placement, DemoIds.EventOf("confirmed", placement.Id), confirmedAt));
        if (outcome.Status == PlacementStatus.Cancelled)
        {
            Cancel(batch, placement, outcome);
            return;
        }

        if (outcome.Status == PlacementStatus.Confirmed)
        {
            return;
        }

        Run(batch, placement, key, people, outcome, company, employerAtCheckIn);
    }

    private static void Run(
        DemoBatch batch, Placement placement, string key, DemoPeople people, DemoOutcome outcome, SendingCompany? company, bool employerAtCheckIn)
    {
        placement.Start(DemoTime.At(placement.StartsOn, 8));
        var lastDay = outcome.Status == PlacementStatus.Interrupted ? outcome.On!.Value : placement.EndsOn;
        var checkIn = placement.StartsOn.AddDays((lastDay.DayNumber - placement.StartsOn.DayNumber) / 2);
        var hasCompany = company is not null;
        var checkInNote = employerAtCheckIn
            ? "Video call with the host tutor and the employer at home: tasks on track, employer satisfied"
            : "Visit with the host tutor: the participant has settled in and the objectives are on track";
        placement.RecordFollowUp(
            DemoIds.Of("follow-up", $"{key}/check-in"), checkIn, people.SendingSchool, employerAtCheckIn && hasCompany, hasCompany,
            checkInNote, DemoTime.At(checkIn, 17));

        var closedAt = DemoTime.At(lastDay, 18);
        if (outcome.Status == PlacementStatus.Interrupted)
        {
            placement.Interrupt(lastDay, outcome.Reason!, outcome.ForceMajeure, closedAt);
            batch.Events.Add(PlacementEvents.Interrupted(placement, DemoIds.EventOf("interrupted", placement.Id), closedAt));
        }
        else
        {
            placement.Complete(closedAt);
            var sector = placement.HostOrganisationId is { } host ? batch.HostSectors.GetValueOrDefault(host) : null;
            batch.Events.Add(PlacementEvents.Completed(placement, sector, DemoIds.EventOf("completed", placement.Id), closedAt));
        }

        var debriefing = lastDay.AddDays(10);
        var withEmployer = hasCompany && !employerAtCheckIn;
        placement.RecordDebriefing(
            DemoIds.Of("follow-up", $"{key}/debriefing"), debriefing, people.SendingSchool, withEmployer, hasCompany,
            withEmployer ? "Debriefing with the employer at home: skills to use in the company identified" : "Debriefing at school: objectives reviewed, Europass Mobility prepared",
            DemoTime.At(debriefing, 15));
    }

    private static void Cancel(DemoBatch batch, Placement placement, DemoOutcome outcome)
    {
        var at = DemoTime.At(outcome.On!.Value, 10);
        placement.Cancel(outcome.Reason!, outcome.ForceMajeure, at);
        batch.Events.Add(PlacementEvents.Cancelled(placement, DemoIds.EventOf("cancelled", placement.Id), at));
    }
}
