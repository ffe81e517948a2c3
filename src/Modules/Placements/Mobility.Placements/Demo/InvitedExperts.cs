using Mobility.Placements.Contracts;
using Mobility.Placements.Grants;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Places;

namespace Mobility.Placements.Demo;

/// <summary>
/// CAPMOB 2.0's incoming mobilities of experts: professionals from abroad teaching their techniques at a Paris
/// school (the project's story names Italian professionals teaching pasta and digestifs at the Tirel school).
/// </summary>
internal static class InvitedExperts
{
    private sealed record Expert(
        string Key, string Name, string HomeOrganisation, string City, string Country, double Latitude, double Longitude, int School,
        DateOnly StartsOn, int Days, DemoOutcome Outcome);

    private static readonly Expert[] All =
    [
        new("pasta", "Alessandro Ferri", "Pastificio artigiano bolognese", "Bologna", "IT", 44.4949, 11.3426, 19, new(2019, 11, 18), 5, DemoOutcome.Completed),
        new("digestifs", "Chiara Bellini", "Distilleria alpina piemontese", "Turin", "IT", 45.0703, 7.6869, 19, new(2019, 11, 25), 5, DemoOutcome.Completed),
        new("tapas", "Carmen Ruiz", "Escuela de hostelería de Sevilla", "Seville", "ES", 37.3891, -5.9845, 22, new(2020, 2, 3), 5, DemoOutcome.Completed),
        new("leather", "Lukáš Novák", "Brněnská kožedělná dílna", "Brno", "CZ", 49.1951, 16.6068, 6, new(2020, 3, 30), 5,
            DemoOutcome.Cancelled("COVID-19 pandemic: travel restricted (force majeure)", true, new(2020, 3, 17))),
    ];

    public static void Add(DemoBatch batch, ParisDemo paris, GrantRatesCatalogue rates, KnownCities cities)
    {
        foreach (var expert in All)
        {
            var school = paris.Schools.SingleOrDefault(s => s.Id == ParisDemo.SchoolId(expert.School));
            if (school is null || paris.StaffOf(school.Id, 3) is not { } tutor)
            {
                continue;
            }

            var key = $"capmob/expert/{expert.Key}";
            var placement = Placement.PlanIncoming(
                DemoIds.Of("placement", key), PlacementKind.InvitedExpert, ParisDemo.CallYear, expert.Name, expert.HomeOrganisation,
                new Place(expert.City, expert.Country, GeoPoint.Of(expert.Latitude, expert.Longitude)), school.Id,
                Participants.CityOf(school, cities), expert.StartsOn, expert.StartsOn.AddDays(expert.Days - 1),
                rates.DurationOf(PlacementKind.InvitedExpert, ParisDemo.CallYear), DemoTime.Before(expert.StartsOn, 30));
            var people = new DemoPeople(
                expert.Name, $"Director, {expert.HomeOrganisation}", $"{tutor.FirstName} {tutor.LastName}", tutor.Email, "Teacher and host tutor");
            PlacementStory.Play(batch, placement, key, people, "Expert", expert.Outcome);
        }
    }
}
