using System.Globalization;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts;
using Mobility.Placements.Grants;
using Mobility.Placements.Groups;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Places;
using Mobility.Placements.Selections;

namespace Mobility.Placements.Demo;

/// <summary>
/// One placement for every learner Enrolment selected on the CAPMOB 2.0 call, 12 to 62 days in a host of their
/// school's field, in the call's mobility period. Schools with several selected learners send some of them as a
/// group with two accompanying staff members.
/// </summary>
internal static class ParisLearnerPlacements
{
    private const int Groups = 6;
    private const int LearnersPerGroup = 4;

    // Selection falls a week before the period opens; the first departures leave eight weeks in, after preparation.
    private const int PreparationDays = 56;

    public static void Add(DemoBatch batch, ParisDemo paris, GrantRatesCatalogue rates, KnownCities cities, DemoRandom random)
    {
        var selections = paris.Selections.Where(s => paris.Learners.ContainsKey(s.LearnerId) && paris.Calls.ContainsKey(s.CallId)).ToList();
        foreach (var selection in selections)
        {
            batch.Selections.Add(Record(selection, paris.Learners[selection.LearnerId], paris.Calls[selection.CallId]));
        }

        var schools = paris.Schools.ToDictionary(s => s.Id);
        var grouped = selections.GroupBy(s => paris.Learners[s.LearnerId].SchoolId)
            .Where(g => schools.ContainsKey(g.Key) && g.Count() >= LearnersPerGroup && paris.StaffOf(g.Key, 4) is not null)
            .OrderBy(g => ParisDemo.NumberOf(g.Key)).Take(Groups)
            .ToDictionary(g => g.Key, g => g.Take(LearnersPerGroup).ToList());
        foreach (var (schoolId, members) in grouped)
        {
            AddGroup(batch, paris, schools[schoolId], members, rates, cities, random);
        }

        var alone = selections.Where(s => !grouped.Values.Any(g => g.Contains(s)) && schools.ContainsKey(paris.Learners[s.LearnerId].SchoolId));
        foreach (var (selection, index) in alone.Select((s, i) => (s, i)))
        {
            var days = index switch { 0 => 12, 1 => 62, _ => random.Next(12, 63) };
            AddIndividual(batch, paris, schools[paris.Learners[selection.LearnerId].SchoolId], selection, days, rates, cities, random);
        }
    }

    /// <summary>Exactly what the ApplicationSelected handler stores, except the instant, which the directory does not give.</summary>
    private static SelectedLearner Record(SelectionSummary selection, LearnerSummary learner, MobilityCallSummary call)
        => new(selection.ApplicationId, selection.LearnerId, selection.CallId, learner.SchoolId, call.MobilityStartsOn, call.MobilityEndsOn,
            DemoTime.At(call.ApplicationsCloseOn.AddDays(1)));

    private static void AddIndividual(
        DemoBatch batch, ParisDemo paris, OrganisationSummary school, SelectionSummary selection, int days, GrantRatesCatalogue rates,
        KnownCities cities, DemoRandom random)
    {
        var call = paris.Calls[selection.CallId];
        var (start, end) = Dates(call, days, random);
        var host = random.Pick(HostsFor(school));
        var key = $"capmob/{selection.ApplicationId}";
        var placement = Placement.PlanOutgoing(
            DemoIds.Of("placement", key), PlacementKind.ShortTermLearner, ParisDemo.CallYear, Participant(paris, selection),
            batch.Host(host), null, start, end, Participants.CityOf(school, cities),
            rates.DurationOf(PlacementKind.ShortTermLearner, ParisDemo.CallYear), DemoTime.Before(start, 30));
        var outcome = random.Next(100) switch
        {
            < 3 => DemoOutcome.Cancelled("The host company could no longer take a trainee on these dates", false, start.AddDays(-10)),
            < 7 => DemoOutcome.Interrupted("Serious illness: the learner came home on medical advice", true, start.AddDays(days / 3)),
            _ => DemoOutcome.Completed,
        };
        PlacementStory.Play(batch, placement, key, DemoPeople.At(host, Name(paris, selection), paris.ReferentOf(school)), host.Sector, outcome);
    }

    private static void AddGroup(
        DemoBatch batch, ParisDemo paris, OrganisationSummary school, List<SelectionSummary> members, GrantRatesCatalogue rates,
        KnownCities cities, DemoRandom random)
    {
        var call = paris.Calls[members[0].CallId];
        var (start, end) = Dates(call, random.Next(12, 20), random);
        var host = random.Pick(HostsFor(school));
        var number = ParisDemo.NumberOf(school.Id);
        var group = PlacementGroup.Create(
            DemoIds.Of("group", $"capmob/school-{number:D2}"),
            string.Create(CultureInfo.InvariantCulture, $"CAPMOB 2.0 – school {number:D2} in {host.City}, {start:MMMM yyyy}"),
            ParisDemo.CallYear, school.Id, host.Id, start, end, rates.DurationOf(PlacementKind.GroupMobility, ParisDemo.CallYear));
        group.AddAccompanyingPerson(paris.StaffOf(school.Id, 4)!.Id, school.Id, isLead: true);
        if (paris.StaffOf(school.Id, 5) is { } second)
        {
            group.AddAccompanyingPerson(second.Id, school.Id, isLead: false);
        }

        batch.Groups.Add(group);
        foreach (var selection in members)
        {
            var key = $"capmob/{selection.ApplicationId}";
            var placement = Placement.PlanOutgoing(
                DemoIds.Of("placement", key), PlacementKind.GroupMobility, ParisDemo.CallYear, Participant(paris, selection),
                batch.Host(host), group, start, end, Participants.CityOf(school, cities),
                rates.DurationOf(PlacementKind.GroupMobility, ParisDemo.CallYear), DemoTime.Before(start, 30));
            PlacementStory.Play(
                batch, placement, key, DemoPeople.At(host, Name(paris, selection), paris.ReferentOf(school)), host.Sector, DemoOutcome.Completed, group);
        }
    }

    private static (DateOnly Start, DateOnly End) Dates(MobilityCallSummary call, int days, DemoRandom random)
    {
        var earliest = call.MobilityStartsOn.AddDays(PreparationDays);
        var latest = call.MobilityEndsOn.AddDays(1 - days);
        var start = latest > earliest ? earliest.AddDays(random.Next(latest.DayNumber - earliest.DayNumber + 1)) : call.MobilityStartsOn;
        return (start, start.AddDays(days - 1));
    }

    private static List<DemoHost> HostsFor(OrganisationSummary school)
        => [.. ParisHosts.All.Where(h => school.Sectors.Contains(h.Sector, StringComparer.Ordinal))];

    private static OutgoingParticipant Participant(ParisDemo paris, SelectionSummary selection)
        => new(selection.LearnerId, null, paris.Learners[selection.LearnerId].SchoolId, selection.ApplicationId);

    private static string Name(ParisDemo paris, SelectionSummary selection)
        => $"{paris.Learners[selection.LearnerId].FirstName} {paris.Learners[selection.LearnerId].LastName}";
}
