using System.Globalization;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts;
using Mobility.Placements.Grants;
using Mobility.Placements.Groups;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Places;

namespace Mobility.Placements.Demo;

/// <summary>
/// A completed placement for every learner Enrolment selected on a CAPMOB 2.0 call, 12 to 62 days in a host of their
/// school's field, in the call's mobility period. Before the pandemic, schools with several learners on a call send
/// some of them as a group with two accompanying staff members. A spring 2020 placement the lockdown stopped is
/// interrupted or cancelled (force majeure), and the learner leaves again on the same selection from October 2020.
/// </summary>
internal static class ParisLearnerPlacements
{
    private const int Groups = 6;
    private const int LearnersPerGroup = 4;
    private const int ShortestDays = 12;
    private const int LongestDays = 62;

    // The committee decides before the period opens; departures leave after four weeks of preparation, over seven weeks.
    private const int PreparationDays = 28;
    private const int DepartureWeeks = 7;

    public static void Add(DemoBatch batch, ParisDemo paris, GrantRatesCatalogue rates, KnownCities cities, DemoRandom random)
    {
        var schools = paris.Schools.ToDictionary(s => s.Id);
        var selections = paris.Selections
            .Where(s => paris.Learners.TryGetValue(s.LearnerId, out var l) && schools.ContainsKey(l.SchoolId) && paris.Calls.ContainsKey(s.CallId))
            .ToList();
        foreach (var selection in selections)
        {
            batch.Selections.Add(DemoSelections.Record(selection, paris.Learners[selection.LearnerId], paris.Calls[selection.CallId]));
        }

        var grouped = selections
            .Where(s => paris.Calls[s.CallId].MobilityEndsOn < Pandemic.Lockdown)
            .GroupBy(s => (School: paris.Learners[s.LearnerId].SchoolId, Call: paris.Calls[s.CallId]))
            .Where(g => g.Count() >= LearnersPerGroup && paris.StaffOf(g.Key.School, 4) is not null)
            .OrderBy(g => ParisDemo.NumberOf(g.Key.School)).ThenBy(g => g.Key.Call.MobilityStartsOn)
            .DistinctBy(g => g.Key.School).Take(Groups)
            .Select(g => g.Take(LearnersPerGroup).ToList()).ToList();
        foreach (var members in grouped)
        {
            AddGroup(batch, paris, schools[paris.Learners[members[0].LearnerId].SchoolId], members, rates, cities, random);
        }

        var alone = selections.Except(grouped.SelectMany(g => g)).ToList();
        var longest = alone.FirstOrDefault(s => Window(paris.Calls[s.CallId], paris.Calls[s.CallId].MobilityStartsOn.AddDays(PreparationDays)) >= LongestDays);
        foreach (var (selection, index) in alone.Select((s, i) => (s, i)))
        {
            var days = selection == longest ? LongestDays : index == 0 ? ShortestDays : random.Next(ShortestDays, LongestDays + 1);
            AddIndividual(batch, paris, schools[paris.Learners[selection.LearnerId].SchoolId], selection, days, rates, cities, random);
        }
    }

    private static void AddIndividual(
        DemoBatch batch, ParisDemo paris, OrganisationSummary school, SelectionSummary selection, int days, GrantRatesCatalogue rates,
        KnownCities cities, DemoRandom random)
    {
        var call = paris.Calls[selection.CallId];
        var key = $"capmob/{selection.ApplicationId}";
        var (start, end) = Dates(call, call.MobilityStartsOn.AddDays(PreparationDays), days, random);
        if (Pandemic.Stops(start, end))
        {
            Play(batch, paris, school, selection, key, start, end, Pandemic.OutcomeFor(start), rates, cities, random);
            (start, end) = Dates(call, Pandemic.LearnersLeaveAgainFrom, days, random);
            key += "/postponed";
        }

        Play(batch, paris, school, selection, key, start, end, DemoOutcome.Completed, rates, cities, random);
    }

    private static void Play(
        DemoBatch batch, ParisDemo paris, OrganisationSummary school, SelectionSummary selection, string key, DateOnly start,
        DateOnly end, DemoOutcome outcome, GrantRatesCatalogue rates, KnownCities cities, DemoRandom random)
    {
        var host = random.Pick(HostsFor(school));
        var placement = Placement.PlanOutgoing(
            DemoIds.Of("placement", key), PlacementKind.ShortTermLearner, ParisDemo.CallYear, Participant(paris, selection),
            batch.Host(host), null, start, end, Participants.CityOf(school, cities),
            rates.DurationOf(PlacementKind.ShortTermLearner, ParisDemo.CallYear), DemoTime.Before(start, 30));
        PlacementStory.Play(batch, placement, key, DemoPeople.At(host, Name(paris, selection), paris.ReferentOf(school)), host.Sector, outcome);
    }

    private static void AddGroup(
        DemoBatch batch, ParisDemo paris, OrganisationSummary school, List<SelectionSummary> members, GrantRatesCatalogue rates,
        KnownCities cities, DemoRandom random)
    {
        var call = paris.Calls[members[0].CallId];
        var (start, end) = Dates(call, call.MobilityStartsOn.AddDays(PreparationDays), random.Next(ShortestDays, 20), random);
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

    /// <summary>A departure in the weeks from <paramref name="earliest"/>, shortened if needed to end within the call's period.</summary>
    private static (DateOnly Start, DateOnly End) Dates(MobilityCallSummary call, DateOnly earliest, int days, DemoRandom random)
    {
        days = Math.Min(days, Window(call, earliest));
        var latest = Min(earliest.AddDays((DepartureWeeks * 7) - 1), call.MobilityEndsOn.AddDays(1 - days));
        var start = earliest.AddDays(random.Next(latest.DayNumber - earliest.DayNumber + 1));
        return (start, start.AddDays(days - 1));
    }

    private static int Window(MobilityCallSummary call, DateOnly earliest) => call.MobilityEndsOn.DayNumber - earliest.DayNumber + 1;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static List<DemoHost> HostsFor(OrganisationSummary school)
        => [.. ParisHosts.All.Where(h => school.Sectors.Contains(h.Sector, StringComparer.Ordinal))];

    private static OutgoingParticipant Participant(ParisDemo paris, SelectionSummary selection)
        => new(selection.LearnerId, null, paris.Learners[selection.LearnerId].SchoolId, selection.ApplicationId);

    private static string Name(ParisDemo paris, SelectionSummary selection)
        => $"{paris.Learners[selection.LearnerId].FirstName} {paris.Learners[selection.LearnerId].LastName}";
}
