using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Geography;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Impact.Data;
using Mobility.Impact.Outcomes;
using LanguageSkill = Mobility.Impact.Outcomes.LanguageSkill;
using Mobility.Impact.ReadModels;
using Mobility.Placements.Contracts;
using Mobility.Placements.Contracts.Directory;

namespace Mobility.Impact.Demo;

/// <summary>
/// Outcome data for the 471 completed CAPMOB 2.0 learner placements of the demo, read through Placements' and
/// Enrolment's directories: survey answers, English assessed before and after, exam results, what learners did
/// next, and staff certifications, shaped so the consortium's report shows the project's published figures
/// (<see cref="CapmobOutcomes"/>). Deterministic (ids and choices derive from the learners' ids) and idempotent:
/// nothing is written when the first exam result is already there. The participations and learner profiles come
/// from the other modules' events as usual.
/// </summary>
internal sealed class ImpactDemoSeeder(ImpactDbContext db, IPlacementsDirectory placements, IEnrolmentDirectory enrolment) : IDemoDataSeeder
{
    private const int SchoolCount = 33;
    private const int StaffPerSchool = 5;

    public int Order => 400;

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
        => !await db.ExamResults.AnyAsync(cancellationToken) && !await db.Surveys.AnyAsync(cancellationToken);

    public async Task<string> SeedAsync(CancellationToken cancellationToken)
    {
        var trips = await CapmobPlacementsAsync(cancellationToken);
        if (trips.Count > 0 && !await db.ExamResults.AnyAsync(e => e.Id == ExamId(trips[0].LearnerId!.Value), cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var learners = (await enrolment.GetLearnersAsync([.. trips.Select(p => p.LearnerId!.Value)], cancellationToken)).ToDictionary(l => l.Id);
            var levels = (await enrolment.GetQualificationsAsync([.. learners.Values.Select(l => l.QualificationId).Distinct()], cancellationToken))
                .ToDictionary(q => q.Id, q => q.NationalLevel);
            await SurveysAsync(trips, cancellationToken);
            Assessments(trips, learners);
            Exams(trips, learners, levels);
            Careers(trips, learners, levels);
            await StaffAsync(cancellationToken);
            foreach (var learner in learners.Keys)
            {
                db.MarkForRefresh(learner, DemoClock);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await DescribeAsync(cancellationToken);
    }

    private static readonly DateTime DemoClock = new(2021, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private async Task<List<PlacementSummary>> CapmobPlacementsAsync(CancellationToken cancellationToken)
    {
        var schools = Enumerable.Range(1, SchoolCount).Select(n => DeterministicGuid.Create($"enrolment/organisation/capmob-school-{n:D2}")).ToList();
        var sent = await placements.GetPlacementsSentByAsync(schools, cancellationToken);
        return [.. sent.Where(p => p is { CallYear: 2018, LearnerId: not null, Status: PlacementStatus.Completed, Direction: PlacementDirection.Outgoing })
            .OrderBy(p => Rank(p.LearnerId!.Value))];
    }

    /// <summary>A stable pseudo-random order of learners, so each share is spread over schools, levels and countries.</summary>
    private static string Rank(Guid learner) => DeterministicGuid.Create($"impact/demo/rank/{learner}").ToString();

    private async Task SurveysAsync(List<PlacementSummary> trips, CancellationToken cancellationToken)
    {
        var answering = trips.Take(CapmobOutcomes.CountFor(CapmobOutcomes.Answering, trips.Count)).ToList();
        int Yes(int percent) => CapmobOutcomes.CountFor(percent, answering.Count);
        var existing = await db.Surveys.Where(s => trips.Select(t => t.Id).Contains(s.PlacementId)).ToDictionaryAsync(s => s.PlacementId, cancellationToken);
        for (var i = 0; i < trips.Count; i++)
        {
            var trip = trips[i];
            var sentAt = trip.EndsOn.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc);
            if (!existing.TryGetValue(trip.Id, out var survey))
            {
                survey = Survey.Send(
                    PlacementCompletedHandler.SurveyId(trip.Id), trip.Id, trip.LearnerId!.Value, SurveyQuestionnaire.LanguageFor(trip.OriginCountry), sentAt);
                db.Surveys.Add(survey);
            }

            if (i >= answering.Count)
            {
                survey.ExpireIfClosed(sentAt.AddDays(Survey.AnsweringDays));
                continue;
            }

            // Each "no" falls on a different stretch of the ranked list, so the answers are not all on the same people.
            survey.Answer(
                Agreement(i, Yes(CapmobOutcomes.Satisfied), answering.Count, 0),
                Agreement(i, Yes(CapmobOutcomes.LanguageImproved), answering.Count, 7),
                Agreement(i, Yes(CapmobOutcomes.SelfConfidence), answering.Count, 3),
                Agreement(i, Yes(CapmobOutcomes.ReadyAgain), answering.Count, 11),
                i % 9 == 0 ? OpenAnswers[i / 9 % OpenAnswers.Length] : null,
                sentAt.AddDays(2 + (i % 12)));
        }
    }

    private static Likert Agreement(int index, int yes, int total, int shift)
    {
        var position = (index + (shift * total / 13)) % total;
        return position < yes ? (index % 3 == 0 ? Likert.Agree : Likert.StronglyAgree) : (index % 2 == 0 ? Likert.Neutral : Likert.Disagree);
    }

    private static readonly string[] OpenAnswers =
    [
        "J'ai découvert d'autres techniques de travail et j'ai osé parler anglais tous les jours.",
        "The team trusted me with real work from the first week.",
        "Je ne voulais plus continuer mes études avant de partir ; maintenant je veux faire un BTS.",
        "Living on my own abroad gave me a lot of confidence.",
        "Le tuteur était très patient, j'aimerais repartir l'année prochaine.",
    ];

    private void Assessments(List<PlacementSummary> trips, Dictionary<Guid, LearnerSummary> learners)
    {
        foreach (var trip in trips)
        {
            var learner = learners[trip.LearnerId!.Value];
            var english = learner.Languages.FirstOrDefault(l => l.Language == "en")?.Level ?? CefrLevel.A2;
            var seed = DeterministicGuid.Create($"impact/demo/cefr/{trip.Id}").ToByteArray();
            foreach (var skill in Enum.GetValues<LanguageSkill>())
            {
                var before = (CefrLevel)Math.Clamp((int)english + (skill == LanguageSkill.Writing ? -1 : 0), 1, 6);
                var gain = skill is LanguageSkill.SpokenInteraction or LanguageSkill.Listening ? seed[(int)skill] % 3 == 0 ? 2 : 1 : seed[(int)skill] % 2;
                var assessment = LanguageAssessment.Start(
                    DeterministicGuid.Create($"impact/language-assessment/{trip.Id}/en/{skill}"), trip.Id, learner.Id, "en", skill, DemoClock);
                assessment.Record(before, (CefrLevel)Math.Min(6, (int)before + gain), trip.EndsOn.AddDays(10).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
                db.LanguageAssessments.Add(assessment);
            }
        }
    }

    private void Exams(List<PlacementSummary> trips, Dictionary<Guid, LearnerSummary> learners, Dictionary<Guid, string> levels)
    {
        foreach (var byLevel in trips.Select(t => learners[t.LearnerId!.Value]).DistinctBy(l => l.Id).GroupBy(l => levels.GetValueOrDefault(l.QualificationId) ?? "Unknown"))
        {
            var group = byLevel.ToList();
            var passes = byLevel.Key switch
            {
                "Bac Pro" => CapmobOutcomes.CountFor(CapmobOutcomes.BacProPassed, group.Count),
                _ => group.Count,
            };
            for (var i = 0; i < group.Count; i++)
            {
                var learner = group[i];
                var session = string.Create(CultureInfo.InvariantCulture, $"{ExamYear(trips, learner.Id)}-06");
                db.ExamResults.Add(ExamResult.Record(
                    ExamId(learner.Id), learner.Id, learner.QualificationId, session, i < passes ? ExamOutcome.Passed : ExamOutcome.Failed, DemoClock));
            }
        }
    }

    private static int ExamYear(List<PlacementSummary> trips, Guid learner)
    {
        var last = trips.Where(t => t.LearnerId == learner).Max(t => t.EndsOn);
        return last.Month >= 7 ? last.Year + 1 : last.Year;
    }

    private static Guid ExamId(Guid learner) => DeterministicGuid.Create($"impact/demo/exam/{learner}");

    private void Careers(List<PlacementSummary> trips, Dictionary<Guid, LearnerSummary> learners, Dictionary<Guid, string> levels)
    {
        var people = trips.Select(t => learners[t.LearnerId!.Value]).DistinctBy(l => l.Id).ToList();
        for (var i = 0; i < people.Count; i++)
        {
            var learner = people[i];
            var level = levels.GetValueOrDefault(learner.QualificationId);
            var on = new DateOnly(ExamYear(trips, learner.Id), 9, 15);
            (CareerOutcomeKind Kind, string Detail)? outcome = (i % 100) switch
            {
                < 11 when level == "Bac Pro" => (CareerOutcomeKind.FurtherStudy, "BTS in the Académie de Paris"),
                < 4 => (CareerOutcomeKind.FurtherStudy, "Bac Pro after the CAP"),
                >= 20 and < 27 => (CareerOutcomeKind.SeasonalContract, "Seasonal contract with the host company"),
                >= 40 and < 44 => (CareerOutcomeKind.JobOffer, "Job offer on graduating"),
                _ => null,
            };
            if (outcome is { } o)
            {
                db.CareerOutcomes.Add(CareerOutcome.Record(
                    DeterministicGuid.Create($"impact/career/{learner.Id}/{o.Kind}"), learner.Id, o.Kind, o.Detail, on, DemoClock));
            }
        }
    }

    /// <summary>Referents and teachers who accompanied learners: some obtain the CLIL certification, many follow PAF training.</summary>
    private async Task StaffAsync(CancellationToken cancellationToken)
    {
        var ids = Enumerable.Range(1, SchoolCount)
            .SelectMany(n => Enumerable.Range(1, StaffPerSchool).Select(i => DeterministicGuid.Create($"enrolment/staff/capmob-school-{n:D2}-{i:D2}")))
            .ToList();
        var staff = await enrolment.GetStaffMembersAsync(ids, cancellationToken);
        foreach (var (member, index) in staff.OrderBy(s => ids.IndexOf(s.Id)).Select((s, i) => (s, i)))
        {
            if (index % 11 == 0)
            {
                db.StaffOutcomes.Add(StaffOutcome.Record(
                    DeterministicGuid.Create($"impact/staff-outcome/{member.Id}/Certification/CLIL"), member.Id, member.OrganisationId,
                    StaffOutcomeKind.Certification, "CLIL", new DateOnly(2020, 6, 30)));
            }

            if (index % 3 == 0)
            {
                db.StaffOutcomes.Add(StaffOutcome.Record(
                    DeterministicGuid.Create($"impact/staff-outcome/{member.Id}/Training/PAF"), member.Id, member.OrganisationId,
                    StaffOutcomeKind.Training, "European project management (PAF)", new DateOnly(2019, 12, 1)));
            }
        }
    }

    private async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var surveys = await db.Surveys.CountAsync(cancellationToken);
        var answered = await db.Surveys.CountAsync(s => s.Status == SurveyStatus.Answered, cancellationToken);
        var assessments = await db.LanguageAssessments.CountAsync(cancellationToken);
        var exams = await db.ExamResults.CountAsync(cancellationToken);
        var careers = await db.CareerOutcomes.CountAsync(cancellationToken);
        var staff = await db.StaffOutcomes.CountAsync(cancellationToken);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Impact: {surveys} surveys ({answered} answered), {assessments} language assessments, {exams} exam results, {careers} career outcomes, {staff} staff outcomes");
    }
}
