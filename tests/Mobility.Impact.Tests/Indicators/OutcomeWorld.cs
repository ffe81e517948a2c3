using Mobility.BuildingBlocks.Geography;
using Mobility.Impact.Outcomes;
using Mobility.TestKit;

namespace Mobility.Impact.Tests.Indicators;

/// <summary>
/// A seeded random population of learners, placements and outcomes, kept in plain lists so the test can compute
/// every expected figure itself, then played into the module through its events and use cases.
/// </summary>
internal sealed class OutcomeWorld
{
    public static readonly string[] Countries = ["ES", "IT", "DE", "PT", "IE"];
    public static readonly string[] Sectors = ["Hospitality", "Fashion", "Beauty", "Retail"];
    public static readonly string[] Genders = ["Female", "Male", "NonBinary"];

    public List<Learner> Learners { get; } = [];

    public List<Placement> Placements { get; } = [];

    public Dictionary<Guid, Answers> Surveys { get; } = [];

    public List<Assessment> Assessments { get; } = [];

    public List<Exam> Exams { get; } = [];

    public List<Career> Careers { get; } = [];

    public Guid[] Consortia { get; private set; } = [];

    public Guid[] Schools { get; private set; } = [];

    public Dictionary<Guid, (string Level, int Eqf)> Qualifications { get; } = [];

    public static OutcomeWorld Build(FakeEnrolmentDirectory enrolment, int learners, int seed)
    {
        var random = new Random(seed);
        var world = new OutcomeWorld();
        var cap = enrolment.AddQualification("CAP", 3, "CAP Cuisine");
        var bac = enrolment.AddQualification("Bac Pro", 4, "Baccalauréat professionnel Cuisine");
        var bma = enrolment.AddQualification("BMA", 4, "BMA Bijou");
        world.Qualifications[cap] = ("CAP", 3);
        world.Qualifications[bac] = ("Bac Pro", 4);
        world.Qualifications[bma] = ("BMA", 4);
        world.Schools = [enrolment.AddSchool("Lycée A"), enrolment.AddSchool("Lycée B"), enrolment.AddSchool("Lycée C")];
        world.Consortia = [enrolment.AddConsortium("CAPMOB", world.Schools[0], world.Schools[1]), enrolment.AddConsortium("Crafts", world.Schools[2])];
        var qualifications = new[] { cap, bac, bac, bma };
        for (var i = 0; i < learners; i++)
        {
            var school = world.Schools[random.Next(world.Schools.Length)];
            var consortium = school == world.Schools[2] ? world.Consortia[1] : world.Consortia[0];
            var qualification = qualifications[random.Next(qualifications.Length)];
            var gender = Genders[random.Next(10) switch { < 5 => 0, < 9 => 1, _ => 2 }];
            bool? fewer = random.Next(10) switch { < 6 => true, < 9 => false, _ => null };
            var id = enrolment.AddLearner(school, qualification, gender);
            var learner = new Learner(id, school, consortium, qualification, gender, fewer);
            world.Learners.Add(learner);

            // One placement, sometimes two (the second ends later), and now and then an incoming one that must not count.
            var count = random.Next(10) < 2 ? 2 : 1;
            var start = new DateOnly(2018, 10, 1).AddDays(random.Next(700));
            for (var p = 0; p < count; p++)
            {
                var days = new[] { 12, 14, 21, 28, 35, 62, 95 }[random.Next(7)];
                var placement = new Placement(
                    Guid.NewGuid(), id, school, start, days, Countries[random.Next(Countries.Length)],
                    random.Next(12) == 0 ? null : Sectors[random.Next(Sectors.Length)]);
                world.Placements.Add(placement);
                start = start.AddDays(days + 120 + random.Next(60));
                if (random.Next(10) < 8)
                {
                    world.Surveys[placement.Id] = new Answers(
                        Likert(random, nullable: false), Likert(random, nullable: true), Likert(random, nullable: true), Likert(random, nullable: true));
                }

                foreach (var skill in Enum.GetValues<LanguageSkill>().Where(_ => random.Next(3) > 0))
                {
                    var before = (CefrLevel)random.Next(1, 5);
                    CefrLevel? after = random.Next(8) == 0 ? null : (CefrLevel)Math.Min(6, (int)before + random.Next(0, 3));
                    world.Assessments.Add(new Assessment(placement.Id, random.Next(4) == 0 ? "es" : "en", skill, before, after));
                }
            }

            switch (random.Next(10))
            {
                case < 6:
                    world.Exams.Add(new Exam(id, "2020-06", ExamOutcome.Passed));
                    break;
                case 6:
                    world.Exams.Add(new Exam(id, "2020-06", ExamOutcome.Failed));
                    world.Exams.Add(new Exam(id, "2020-09", ExamOutcome.Passed));
                    break;
                case 7:
                    world.Exams.Add(new Exam(id, "2020-06", ExamOutcome.Failed));
                    break;
                case 8:
                    world.Exams.Add(new Exam(id, "2020-06", ExamOutcome.Pending));
                    break;
            }

            foreach (var kind in Enum.GetValues<CareerOutcomeKind>().Where(_ => random.Next(4) == 0))
            {
                world.Careers.Add(new Career(id, kind));
            }
        }

        return world;
    }

    public async Task PlayAsync(ModuleTestHost host)
    {
        var at = new DateTime(2018, 9, 1, 8, 0, 0, DateTimeKind.Utc);
        var events = new List<Mobility.BuildingBlocks.Messaging.IIntegrationEvent>();
        foreach (var learner in Learners)
        {
            events.Add(Given.Registered(learner.Id, learner.School, learner.Qualification, at));
            events.Add(Given.Selected(learner.Id, learner.Consortium, learner.School, at.AddDays(20)));
            if (learner.FewerOpportunities is { } fewer)
            {
                events.Add(Given.Flags(learner.Id, fewer, at.AddDays(10)));
            }
        }

        events.AddRange(Placements.Select(p => Given.Completed(p.Id, p.Learner, p.School, p.StartsOn, p.Days, p.Country, p.Sector)));
        events.Add(Given.Completed(
            Guid.NewGuid(), Learners[0].Id, Learners[0].School, new DateOnly(2019, 1, 7), 20, "ES", "Hospitality",
            Mobility.Placements.Contracts.PlacementDirection.Incoming));
        await host.PublishAsync([.. events]);

        host.Clock.Now = new DateTimeOffset(2021, 1, 4, 9, 0, 0, TimeSpan.Zero);
        foreach (var (placement, a) in Surveys)
        {
            var sentAt = Placements.Single(p => p.Id == placement).EndsOn;
            host.Clock.Now = new DateTimeOffset(sentAt.AddDays(3).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            await host.SendAsync(new AnswerSurvey(placement, a.Satisfaction, a.Language, a.Confidence, a.ReadyAgain, "Très bien"));
        }

        host.Clock.Now = new DateTimeOffset(2021, 1, 4, 9, 0, 0, TimeSpan.Zero);
        foreach (var a in Assessments)
        {
            await host.SendAsync(new RecordLanguageAssessment(a.Placement, a.Language, a.Skill, a.Before, null));
            if (a.After is { } after)
            {
                await host.SendAsync(new RecordLanguageAssessment(a.Placement, a.Language, a.Skill, null, after));
            }
        }

        foreach (var exam in Exams)
        {
            await host.SendAsync(new RecordExamResult(exam.Learner, exam.Session, exam.Outcome));
        }

        foreach (var career in Careers)
        {
            await host.SendAsync(new RecordCareerOutcome(career.Learner, career.Kind, null, new DateOnly(2020, 10, 1)));
        }
    }

    private static Likert? Likert(Random random, bool nullable)
        => nullable && random.Next(12) == 0 ? null : (Likert)new[] { 1, 2, 3, 4, 4, 5, 5, 5 }[random.Next(8)];

    internal sealed record Learner(Guid Id, Guid School, Guid Consortium, Guid Qualification, string Gender, bool? FewerOpportunities);

    internal sealed record Placement(Guid Id, Guid Learner, Guid School, DateOnly StartsOn, int Days, string Country, string? Sector)
    {
        public DateOnly EndsOn => StartsOn.AddDays(Days - 1);
    }

    internal sealed record Answers(Likert? Satisfaction, Likert? Language, Likert? Confidence, Likert? ReadyAgain);

    internal sealed record Assessment(Guid Placement, string Language, LanguageSkill Skill, CefrLevel Before, CefrLevel? After);

    internal sealed record Exam(Guid Learner, string Session, ExamOutcome Outcome);

    internal sealed record Career(Guid Learner, CareerOutcomeKind Kind);
}
