using Mobility.Placements.Contracts;
using Mobility.Placements.Grants;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Places;

namespace Mobility.Placements.Demo;

/// <summary>
/// Each school's European referent job-shadows a host of the school's field: done in 2018-2019, caught by the
/// pandemic in spring 2020 (two brought home early, the rest called off, all force majeure), and a few still
/// confirmed or planned for the project's last month.
/// </summary>
internal static class ParisStaffPlacements
{
    private static readonly DateOnly FirstDeparture = new(2018, 10, 8);

    public static void Add(DemoBatch batch, ParisDemo paris, GrantRatesCatalogue rates, KnownCities cities, DemoRandom random)
    {
        foreach (var (school, index) in paris.Schools.Select((s, i) => (s, i)))
        {
            if (paris.StaffOf(school.Id, 1) is not { } referent)
            {
                continue;
            }

            var (start, days, outcome) = Story(index, random);
            var host = ParisHosts.All.Where(h => school.Sectors.Contains(h.Sector, StringComparer.Ordinal)).ToList()[index % 3];
            var key = $"capmob/staff/{ParisDemo.NumberOf(school.Id):D2}";
            var end = start.AddDays(days - 1);
            var placement = Placement.PlanOutgoing(
                DemoIds.Of("placement", key), PlacementKind.JobShadowing, ParisDemo.CallYear,
                new OutgoingParticipant(null, referent.Id, school.Id, null), batch.Host(host), null, start, end,
                Participants.CityOf(school, cities), rates.DurationOf(PlacementKind.JobShadowing, ParisDemo.CallYear), DemoTime.Before(start, 30));
            var people = DemoPeople.At(host, $"{referent.FirstName} {referent.LastName}", $"Head of school, {school.Name}");
            PlacementStory.Play(batch, placement, key, people, "Staff", outcome);
        }
    }

    private static (DateOnly Start, int Days, DemoOutcome Outcome) Story(int index, DemoRandom random) => index switch
    {
        < 20 => (FirstDeparture.AddDays(index * 21), random.Next(5, 11), DemoOutcome.Completed),
        20 => (new DateOnly(2020, 3, 2), 14, DemoOutcome.Interrupted(Pandemic.Reason + "; early return organised", true, Pandemic.Lockdown)),
        21 => (new DateOnly(2020, 3, 9), 10, DemoOutcome.Interrupted(Pandemic.Reason + "; early return organised", true, new DateOnly(2020, 3, 14))),
        < 28 => Cancelled(new DateOnly(2020, 3, 23).AddDays((index - 22) * 14), random.Next(5, 11)),
        < 31 => (new DateOnly(2021, 2, 1).AddDays((index - 28) * 3), 5, DemoOutcome.Confirmed),
        _ => (new DateOnly(2021, 2, 15).AddDays((index - 31) * 3), 5, DemoOutcome.Planned),
    };

    private static (DateOnly, int, DemoOutcome) Cancelled(DateOnly start, int days)
    {
        var on = start.AddDays(-13) > Pandemic.Lockdown ? start.AddDays(-13) : Pandemic.Lockdown;
        return (start, days, DemoOutcome.Cancelled(Pandemic.Reason, true, on));
    }
}
