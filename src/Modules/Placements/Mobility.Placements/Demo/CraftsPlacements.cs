using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts;
using Mobility.Placements.Grants;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.Places;
using Mobility.Placements.SendingCompanies;

namespace Mobility.Placements.Demo;

/// <summary>
/// The chambers-of-crafts partnership's apprentices, following the seed's advice: each employer is told of the
/// mobility when the apprenticeship contract is signed (a few a little later) and agrees; the apprentice goes to a
/// host company in a partner country (French apprentices to Spain, Belgium and Germany, the partners' apprentices
/// to France), a host tutor is appointed, and the employer at home joins a check-in or the debriefing. Each placement
/// comes from the apprentice's selection on the partnership's call, recorded as the ApplicationSelected handler would.
/// </summary>
internal static class CraftsPlacements
{
    public const int CallYear = 2021;

    /// <summary>Enrolment's call for the partnership, by its documented key.</summary>
    public const string CallKey = "crafts-2021";
    private const int Apprentices = 24;
    private static readonly DateOnly FirstDeparture = new(2021, 10, 4);

    private static readonly Dictionary<string, string[]> HostsByPartner = new(StringComparer.Ordinal)
    {
        ["crafts-cmar-na"] = ["crafts-es-pamplona-pastry", "crafts-es-sitges-hotel"],
        ["crafts-cfa-versailles"] = ["crafts-be-huy-salon", "crafts-de-frankfurt-salon"],
        ["crafts-campus-tours"] = ["crafts-be-liege-bakery", "crafts-de-frankfurt-konditorei"],
        ["crafts-benapres"] = ["crafts-fr-versailles-restaurant"],
        ["crafts-ifapme"] = ["crafts-fr-bordeaux-bakery"],
        ["crafts-hwk-frankfurt-oder"] = ["crafts-fr-tours-salon"],
    };

    public static async Task AddAsync(
        DemoBatch batch, IEnrolmentDirectory enrolment, GrantRatesCatalogue rates, KnownCities cities, DemoRandom random,
        CancellationToken cancellationToken)
    {
        var callId = DemoIds.Enrolment("call", CallKey);
        if ((await enrolment.GetMobilityCallsAsync([callId], cancellationToken)).SingleOrDefault() is not { } call)
        {
            return;
        }

        var selections = (await enrolment.GetSelectionsAsync([callId], cancellationToken)).ToDictionary(s => s.LearnerId);
        var ids = Enumerable.Range(1, Apprentices).Select(n => DemoIds.Enrolment("learner", $"crafts-{n:D4}")).ToList();
        var learners = (await enrolment.GetLearnersAsync(ids, cancellationToken))
            .Where(l => selections.ContainsKey(l.Id)).OrderBy(l => ids.IndexOf(l.Id)).ToList();
        var partnerKeys = HostsByPartner.Keys.ToDictionary(k => DemoIds.Enrolment("organisation", k), k => k);
        var partners = (await enrolment.GetOrganisationsAsync(partnerKeys.Keys, cancellationToken)).ToDictionary(o => o.Id);
        var staff = (await enrolment.GetStaffMembersAsync([.. partnerKeys.Values.Select(k => DemoIds.Enrolment("staff", $"{k}-01"))], cancellationToken))
            .ToDictionary(s => s.OrganisationId);
        foreach (var (learner, index) in learners.Where(l => partners.ContainsKey(l.SchoolId)).Select((l, i) => (l, i)))
        {
            var partner = partners[learner.SchoolId];
            var selection = selections[learner.Id];
            batch.Selections.Add(DemoSelections.Record(selection, learner, call));
            var company = Employer(learner, partner, index, random);
            batch.SendingCompanies.Add(company);
            var hosts = HostsByPartner[partnerKeys[partner.Id]];
            var host = CraftsHosts.All.Single(h => h.Key == hosts[index % hosts.Length]);
            var start = FirstDeparture.AddDays(index * 21);
            var key = $"crafts/{learner.Id}";
            var placement = Placement.PlanOutgoing(
                DemoIds.Of("placement", key), PlacementKind.ShortTermLearner, CallYear, new OutgoingParticipant(learner.Id, null, partner.Id, selection.ApplicationId),
                batch.Host(host), null, start, start.AddDays(random.Next(14, 29) - 1), Participants.CityOf(partner, cities),
                rates.DurationOf(PlacementKind.ShortTermLearner, CallYear), DemoTime.Before(start, 30));
            var signer = staff.TryGetValue(partner.Id, out var s) ? $"{s.FirstName} {s.LastName}" : $"Mobility referent, {partner.Name}";
            PlacementStory.Play(
                batch, placement, key, DemoPeople.At(host, $"{learner.FirstName} {learner.LastName}", signer), host.Sector,
                Outcome(index, learners.Count), null, company, employerAtCheckIn: index % 2 == 0);
        }
    }

    private static DemoOutcome Outcome(int index, int count) => (count - index) switch
    {
        1 => DemoOutcome.Planned,
        2 => DemoOutcome.Confirmed,
        _ => DemoOutcome.Completed,
    };

    private static SendingCompany Employer(LearnerSummary learner, OrganisationSummary partner, int index, DemoRandom random)
    {
        var owner = random.Pick(Owners[partner.Country]);
        var trade = Trades[partner.Country][index % Trades[partner.Country].Length];
        var contract = new DateOnly(2020, 9, 1).AddDays(random.Next(45));
        var company = SendingCompany.Register(
            DemoIds.Of("sending-company", $"crafts/{learner.Id}"), learner.Id, $"{trade} {owner}", partner.City, $"{random.Pick(FirstNames[partner.Country])} {owner}",
            $"contact{index + 1:D2}@employer-{partner.Country.ToLowerInvariant()}.example", contract);
        var informed = index % 4 == 3 ? contract.AddDays(random.Next(5, 21)) : contract;
        company.RecordInformed(informed, informed);
        var decided = informed.AddDays(random.Next(2, 15));
        company.RecordAgreement(true, decided, "Agrees to the placement; the apprentice's duties are covered while abroad", decided);
        return company;
    }

    private static readonly Dictionary<string, string[]> Owners = new(StringComparer.Ordinal)
    {
        ["FR"] = ["Lemoine", "Garnier", "Rousseau", "Fabre", "Chevalier"],
        ["ES"] = ["Martínez", "Iriarte", "Puig", "Soler"],
        ["BE"] = ["Dubois", "Lejeune", "Collignon", "Renard"],
        ["DE"] = ["Schulz", "Krause", "Neumann", "Richter"],
    };

    private static readonly Dictionary<string, string[]> FirstNames = new(StringComparer.Ordinal)
    {
        ["FR"] = ["Sophie", "Laurent", "Nathalie", "Pascal"],
        ["ES"] = ["Marta", "Iñaki", "Montse", "Jordi"],
        ["BE"] = ["Isabelle", "Didier", "Véronique", "Marc"],
        ["DE"] = ["Katrin", "Uwe", "Petra", "Jens"],
    };

    private static readonly Dictionary<string, string[]> Trades = new(StringComparer.Ordinal)
    {
        ["FR"] = ["Pâtisserie", "Salon de coiffure", "Boulangerie", "Institut de beauté"],
        ["ES"] = ["Restaurante", "Casa de comidas"],
        ["BE"] = ["Boulangerie", "Pâtisserie"],
        ["DE"] = ["Friseursalon", "Haarstudio"],
    };
}
