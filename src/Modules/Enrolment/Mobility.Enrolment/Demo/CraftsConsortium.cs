using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Qualifications;
using Mobility.Enrolment.Staff;

namespace Mobility.Enrolment.Demo;

/// <summary>
/// The chambers-of-crafts partnership on recognising learning outcomes of mobility (project 2020-1-FR01-KA202-080445),
/// coordinated by CMAR Nouvelle-Aquitaine, with a few apprentices at each training partner, all selected on its call.
/// </summary>
internal static class CraftsConsortium
{
    public const string Key = "crafts";
    public const string ProjectReference = "2020-1-FR01-KA202-080445";
    public const int LearnersPerTrainingPartner = 4;
    public const int StaffPerPartner = 2;

    public static readonly Guid Id = DemoIds.Of("consortium", Key);

    // The project period is illustrative (a typical two-and-a-half-year KA202 partnership of the 2020 call).
    public static readonly DateOnly StartsOn = new(2020, 9, 1);
    public static readonly DateOnly EndsOn = new(2023, 2, 28);

    private static readonly DateTime RegisteredAt = new(2020, 10, 5, 8, 0, 0, DateTimeKind.Utc);

    public static DemoBatch Build(IReadOnlyDictionary<string, Qualification> qualifications)
    {
        var random = new DemoRandom(2020);
        var batch = new DemoBatch();
        var partners = CraftsPartners.All.Select(p => (Demo: p, Entity: Organisation.Register(
            p.Id, p.Name, p.Kind, p.Country, p.City, null, null, p.Sectors))).ToList();
        batch.Organisations.AddRange(partners.Select(p => p.Entity));

        var consortium = Consortium.Create(
            Id, "Recognition of mobility in vocational training", ProjectReference, null, StartsOn, EndsOn, partners[0].Entity);
        foreach (var (_, partner) in partners.Skip(1))
        {
            consortium.AddMember(partner, StartsOn);
        }

        batch.Consortia.Add(consortium);
        var population = new DemoPopulation(random, RegisteredAt, 2000);
        var number = 1;
        foreach (var (demo, partner) in partners)
        {
            if (demo.Qualifications.Count > 0)
            {
                var offered = demo.Qualifications.Select(k => qualifications[k]).ToList();
                population.AddLearners(batch, Key, number, LearnersPerTrainingPartner, partner, offered, partner.Country == "FR" ? "es" : "fr");
                number += LearnersPerTrainingPartner;
            }

            population.AddStaff(
                batch, demo.Key, StaffPerPartner, partner, $"{demo.Key}.example",
                demo == partners[0].Demo ? StaffRole.Coordinator : StaffRole.EuropeanInternationalReferent, StaffRole.Teacher);
        }

        CraftsSelection.Add(batch, random, consortium);
        return batch;
    }
}
