using Mobility.BuildingBlocks.Geography;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Qualifications;
using Mobility.Enrolment.Staff;

namespace Mobility.Enrolment.Demo;

/// <summary>Generates learners and staff for a school from a seeded random source.</summary>
internal sealed class DemoPopulation(DemoRandom random, DateTime registeredAt, int firstBirthYear)
{
    private static readonly CefrLevel[] EnglishLevels = [CefrLevel.A1, CefrLevel.A2, CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2];
    private static readonly string[] OtherNationalities = ["DZ", "MA", "TN", "SN", "ML", "PT", "CN", "VN", "CI", "HT"];

    public void AddLearners(
        DemoBatch batch, string keyPrefix, int firstNumber, int count, Organisation school,
        IReadOnlyList<Qualification> qualifications, string secondLanguage)
    {
        for (var i = 0; i < count; i++)
        {
            var (first, gender) = DemoPeople.FirstName(random);
            var last = random.Pick(DemoPeople.LastNames);
            var qualification = random.Pick(qualifications);
            var years = DemoQualifications.All.Single(q => q.Id == qualification.Id).Years;
            var id = DemoIds.Of("learner", $"{keyPrefix}-{firstNumber + i:D4}");
            var nationality = school.Country != "FR" || random.Chance(85) ? school.Country : random.Pick(OtherNationalities);
            var email = random.Chance(60) ? $"{DemoPeople.Slug(first)}.{DemoPeople.Slug(last)}{firstNumber + i}@learners.example" : null;
            var birthDate = new DateOnly(firstBirthYear, 1, 1).AddDays(random.Next(5 * 365));
            var learner = Learner.Register(
                id, first, last, email, birthDate, gender, nationality, school, qualification, random.Next(1, years + 1),
                DateOnly.FromDateTime(registeredAt));
            learner.RecordLanguageLevel("en", random.Pick(EnglishLevels));
            if (random.Chance(30))
            {
                learner.RecordLanguageLevel(secondLanguage, random.Chance(70) ? CefrLevel.A1 : CefrLevel.A2);
            }

            batch.Learners.Add(learner);
            var sensitive = LearnerSensitiveData.Record(id, random.Chance(62), random.Chance(6), registeredAt.AddDays(10));
            batch.SensitiveData.Add(sensitive);
            batch.SensitiveEvents.Add(LearnerEvents.SensitiveFlagsRecorded(sensitive, DemoIds.EventOf("sensitive-flags-recorded", id)));
            batch.LearnerEvents.Add(LearnerEvents.Registered(learner, DemoIds.EventOf("learner-registered", id), registeredAt));
        }
    }

    /// <summary>The first roles are given in order (referent, accountant...); the rest teach or accompany.</summary>
    public void AddStaff(DemoBatch batch, string keyPrefix, int count, Organisation organisation, string emailDomain, params StaffRole[] firstRoles)
    {
        for (var i = 0; i < count; i++)
        {
            var (first, _) = DemoPeople.FirstName(random);
            var last = random.Pick(DemoPeople.LastNames);
            var role = i < firstRoles.Length ? firstRoles[i] : random.Chance(60) ? StaffRole.Teacher : StaffRole.AccompanyingPerson;
            var email = $"{DemoPeople.Slug(first)}.{DemoPeople.Slug(last)}@{emailDomain}";
            batch.Staff.Add(StaffMember.Register(DemoIds.Of("staff", $"{keyPrefix}-{i + 1:D2}"), first, last, email, role, organisation));
        }
    }
}
