using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.PeerTutoring;
using Mobility.Enrolment.Qualifications;
using Mobility.Enrolment.Staff;

namespace Mobility.Enrolment.Demo;

/// <summary>
/// CAPMOB 2.0: 33 Paris vocational schools coordinated by the Académie de Paris (GIP-FCIP), September 2018 to
/// February 2021, which sent 471 learners accompanied by 246 staff.
/// </summary>
internal static class ParisConsortium
{
    public const string Key = "capmob";
    public const int LearnerCount = 471;
    public const int StaffCount = 246;

    // Illustrative: the format is the programme's (2018 call, round 1, French agency, KA116 VET mobility with a
    // charter) but the six digits are made up; the real number is not in our sources.
    public const string ProjectReference = "2018-1-FR01-KA116-047512";

    public static readonly Guid Id = DemoIds.Of("consortium", Key);
    public static readonly DateOnly StartsOn = new(2018, 9, 1);
    public static readonly DateOnly EndsOn = new(2021, 2, 28);

    private static readonly DateTime RegisteredAt = new(2018, 9, 10, 8, 0, 0, DateTimeKind.Utc);

    public static DemoBatch Build(IReadOnlyDictionary<string, Qualification> qualifications)
    {
        var random = new DemoRandom(2018);
        var batch = new DemoBatch();
        var coordinator = Organisation.Register(
            DemoIds.Of("organisation", "capmob-coordinator"), "Académie de Paris – GIP-FCIP de Paris",
            OrganisationKind.PublicAuthority, "FR", "Paris", null, null, ["Vocational education", "Continuing education"]);
        var schools = ParisSchools.All.ToDictionary(
            s => s.Number,
            s => Organisation.Register(s.Id, s.Name, OrganisationKind.VocationalSchool, "FR", "Paris", null, null, s.Sectors));
        batch.Organisations.Add(coordinator);
        batch.Organisations.AddRange(schools.Values);

        var consortium = Consortium.Create(Id, "CAPMOB 2.0", ProjectReference, null, StartsOn, EndsOn, coordinator);
        foreach (var school in schools.Values)
        {
            consortium.AddMember(school, StartsOn);
        }

        batch.Consortia.Add(consortium);
        AddTutoringTeams(batch, consortium, schools);
        AddPeople(batch, random, schools, qualifications);
        ParisSelection.Add(batch, random, consortium);
        return batch;
    }

    private static void AddTutoringTeams(DemoBatch batch, Consortium consortium, Dictionary<int, Organisation> schools)
    {
        var teamed = new HashSet<Guid>();
        foreach (var (members, index) in ParisSchools.Teams.Select((t, i) => (t, i + 1)))
        {
            var key = $"capmob-team-{index:D2}";
            var team = TutoringTeam.Pair(
                DemoIds.Of("tutoring-team", key), consortium, schools[members[0].Number],
                members.Skip(1).Select(m => schools[m.Number]).ToList(), StartsOn, new DateOnly(2020, 8, 31), teamed);
            teamed.UnionWith(team.SchoolIds);
            var notes = SharedPractices(members[0].Sectors[0]).Prepend(
                (new DateOnly(2019, 1, 25), "Accountants shared public-accounting procedures for paying grants and travel"));
            foreach (var ((notedOn, note), n) in notes.Select((p, n) => (p, n + 1)))
            {
                team.RecordSharedPractice(DemoIds.Of("shared-practice", $"{key}/{n}"), notedOn, note);
            }

            batch.TutoringTeams.Add(team);
        }
    }

    private static IEnumerable<(DateOnly, string)> SharedPractices(string sector) => sector switch
    {
        "Fashion" =>
        [
            (new DateOnly(2019, 3, 12), "Mutualised host organisations in Berlin and Milan for fashion placements"),
            (new DateOnly(2019, 6, 20), "Shared contacts with chambers of commerce and fashion houses"),
        ],
        "Beauty" => [(new DateOnly(2019, 2, 5), "Shared a preparation workshop for placements in beauty salons abroad")],
        "Customer relations" => [(new DateOnly(2019, 2, 14), "Shared the learners' language and culture preparation programme")],
        "Hospitality" => [(new DateOnly(2019, 4, 2), "Mutualised host restaurants and intermediary organisations in Italy and Spain")],
        _ => [(new DateOnly(2019, 3, 28), "Shared a quality checklist for visiting host companies")],
    };

    private static void AddPeople(
        DemoBatch batch, DemoRandom random, Dictionary<int, Organisation> schools, IReadOnlyDictionary<string, Qualification> qualifications)
    {
        var population = new DemoPopulation(random, RegisteredAt, 1999);
        var learnerCounts = random.Spread(LearnerCount, schools.Count, 8);
        var staffCounts = random.Spread(StaffCount, schools.Count, 5);
        var tutors = ParisSchools.Teams.Select(t => t[0].Number).ToHashSet();
        var firstLearner = 1;
        foreach (var (demo, i) in ParisSchools.All.Select((s, i) => (s, i)))
        {
            var school = schools[demo.Number];
            var offered = demo.Qualifications.Select(k => qualifications[k]).ToList();
            population.AddLearners(batch, Key, firstLearner, learnerCounts[i], school, offered, random.Chance(50) ? "es" : "de");
            firstLearner += learnerCounts[i];
            population.AddStaff(
                batch, demo.Key, staffCounts[i], school, $"lp{demo.Number:D2}.capmob.example",
                StaffRole.EuropeanInternationalReferent, StaffRole.Accountant,
                tutors.Contains(demo.Number) ? StaffRole.Coordinator : StaffRole.Teacher);
        }
    }
}
