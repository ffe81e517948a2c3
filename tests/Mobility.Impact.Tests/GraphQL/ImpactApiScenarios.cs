using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Scheduling;
using Mobility.BuildingBlocks.Security;
using Mobility.Impact.Data;
using Mobility.Impact.Indicators;
using Mobility.Impact.Jobs;
using Mobility.Impact.Tests.Indicators;
using Mobility.TestKit;
using Quartz;

namespace Mobility.Impact.Tests.GraphQL;

/// <summary>
/// Impact through GraphQL, executed as each role on a seeded world: a coordinator's cut equals the use case's figures
/// for their consortium, a funder sees suppressed figures only, a learner and a host tutor are refused, outcomes
/// entered through mutations show up in the next refresh, and a manual trigger leaves a run in the job history.
/// </summary>
public abstract class ImpactApiScenarios(DatabaseProvider provider) : ImpactTestBase(provider)
{
    private const string Indicators = """
        query($filter: IndicatorFilterInput, $breakdown: IndicatorDimension) {
          indicators(filter: $filter, breakdown: $breakdown) { indicator dimension group skill value numerator denominator suppressed }
        }
        """;

    private OutcomeWorld _world = null!;
    private ImpactGraphQL _api = null!;

    private Guid Capmob => _world.Consortia[0];

    private Viewer Coordinator => Viewer.User(
        Guid.NewGuid(), "coordinator@capmob.example", [PlatformRole.ConsortiumCoordinator], [Capmob], [_world.Schools[0], _world.Schools[1]]);

    private static Viewer Funder => Viewer.User(Guid.NewGuid(), "funder@agency.example", [PlatformRole.Funder]);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = OutcomeWorld.Build(Enrolment, learners: 80, seed: 5);
        await _world.PlayAsync(Host);
        await Host.SendAsync(new RunNightlyRefresh(new DateOnly(2021, 1, 4)));
        _api = new ImpactGraphQL(Host);
    }

    [Fact]
    public async Task A_coordinators_cut_equals_the_use_cases_figures_for_their_consortium_and_nothing_of_another()
    {
        var cut = Figures(await _api.DataAsync(Coordinator, Indicators, new { filter = new { gender = "Female" }, breakdown = "QUALIFICATION_LEVEL" }));
        var expected = await Host.SendAsync(new GetIndicators(new IndicatorFilter(ConsortiumId: Capmob, Gender: "Female"), Dimension.QualificationLevel));

        Assert.True(cut.Count > 20);
        Assert.Equal(expected.Select(Row), cut);
        Assert.DoesNotContain(cut, f => f.Suppressed);

        // Counted by the test from its own lists: participants of the consortium.
        var total = Figures(await _api.DataAsync(Coordinator, Indicators));
        var participants = _world.Placements.Select(p => p.Learner).Distinct()
            .Count(l => _world.Learners.Single(x => x.Id == l).Consortium == Capmob);
        Assert.Equal(participants, (int)total.Single(f => f.Indicator == "PARTICIPANTS").Numerator!.Value);

        var elsewhere = await _api.DataAsync(Coordinator, Indicators, new { filter = new { consortiumId = _world.Consortia[1] } });
        Assert.Empty(Figures(elsewhere));
    }

    [Fact]
    public async Task A_funder_sees_every_consortium_with_small_counts_suppressed_and_never_a_figure_that_could_single_out_a_person()
    {
        var seen = Figures(await _api.DataAsync(Funder, Indicators, new { breakdown = "GENDER" }));
        var unsuppressed = (await Host.SendAsync(new GetIndicators(IndicatorFilter.None, Dimension.Gender))).Select(Row).ToList();

        Assert.Equal(unsuppressed.Count, seen.Count);
        Assert.Contains(seen, f => f.Suppressed);
        Assert.Contains(seen, f => !f.Suppressed);
        foreach (var (figure, full) in seen.Zip(unsuppressed))
        {
            if (figure.Suppressed)
            {
                Assert.Equal((null, null, null), (figure.Value, figure.Numerator, figure.Denominator));
                continue;
            }

            Assert.Equal(full, figure);
            if (figure.Denominator is > 0 and var denominator)
            {
                Assert.True(denominator >= 10, $"{figure} rests on fewer than 10 people");
                if (figure.Indicator is not ("PARTICIPANTS" or "PLACEMENTS" or "CEFR_GAIN"))
                {
                    var numerator = (int)figure.Numerator!.Value;
                    Assert.False(numerator is > 0 and < 5 || denominator - numerator is > 0 and < 5, $"{figure} points at fewer than 5 people");
                }
            }
        }
    }

    [Fact]
    public async Task A_learner_and_a_host_tutor_are_refused_indicators_reports_and_jobs()
    {
        var learner = Viewer.User(Guid.NewGuid(), "learner@school.example", [PlatformRole.Learner], learnerId: _world.Learners[0].Id);
        var tutor = Viewer.User(Guid.NewGuid(), "tutor@host.example", [PlatformRole.HostTutor]);

        foreach (var viewer in new[] { learner, tutor })
        {
            foreach (var query in new[] { "{ indicators { value } }", "{ reports { id } }", "{ impactJobs { name } }", "{ impactJobRuns { id } }" })
            {
                Assert.Equal(["AUTH_NOT_AUTHORIZED"], ImpactGraphQL.ErrorCodes(await _api.ExecuteAsync(viewer, query)));
            }

            await Assert.ThrowsAsync<AccessDeniedException>(() => Host.SendAsync(viewer, new GetIndicators(IndicatorFilter.None, null)));
        }

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], ImpactGraphQL.ErrorCodes(await _api.ExecuteAsync(Funder, "{ impactJobs { name } }")));
    }

    [Fact]
    public async Task Outcomes_entered_through_mutations_show_up_in_the_next_refresh_and_only_for_those_who_see_the_learner()
    {
        var school = _world.Schools[0];
        var learner = Enrolment.AddLearner(school, _world.Learners[0].Qualification, "Female");
        var placement = Guid.NewGuid();
        var at = new DateTime(2020, 1, 6, 8, 0, 0, DateTimeKind.Utc);
        await Host.PublishAsync(
            Given.Registered(learner, school, _world.Learners[0].Qualification, at), Given.Selected(learner, Capmob, school, at),
            Given.Completed(placement, learner, school, new DateOnly(2020, 2, 3), 28, "ES", "Hospitality"));
        await Host.SendAsync(new RunNightlyRefresh(new DateOnly(2020, 3, 2)));
        var mine = new { filter = new { organisationId = school } };
        var before = Figures(await _api.DataAsync(Coordinator, Indicators, mine));

        Host.Clock.Now = new DateTimeOffset(2020, 3, 4, 10, 0, 0, TimeSpan.Zero);
        var itself = Viewer.User(Guid.NewGuid(), "camille@school.example", [PlatformRole.Learner], learnerId: learner);
        var staff = Viewer.User(Guid.NewGuid(), "staff@school-a.example", [PlatformRole.SchoolStaff], organisationIds: [school]);
        var otherStaff = Viewer.User(Guid.NewGuid(), "staff@school-c.example", [PlatformRole.SchoolStaff], organisationIds: [_world.Schools[2]]);
        const string Errors = "errors { __typename ... on Error { message } }";
        var answered = await _api.DataAsync(itself, $$"""
            mutation($p: ID!) { answerSurvey(input: { placementId: $p, satisfaction: STRONGLY_AGREE, languageSkillsImproved: AGREE,
              selfConfidenceImproved: AGREE, readyToGoAgain: STRONGLY_AGREE, openAnswer: "Una experiencia increíble" }) { surveyAnswer { placementId } {{Errors}} } }
            """, new { p = placement });
        var entered = await _api.DataAsync(staff, $$"""
            mutation($l: ID!, $p: ID!) {
              recordExamResult(input: { learnerId: $l, session: "2020-06", outcome: PASSED }) { examResult { id outcome } {{Errors}} }
              recordCareerOutcome(input: { learnerId: $l, kind: JOB_OFFER, detail: "Commis de cuisine", on: "2020-07-01" }) { careerOutcome { id } {{Errors}} }
              recordLanguageAssessment(input: { placementId: $p, language: "es", skill: SPOKEN_INTERACTION, before: A_2, after: B_2 }) { languageAssessment { id } {{Errors}} }
            }
            """, new { l = learner, p = placement });
        var refused = await _api.DataAsync(otherStaff, $$"""
            mutation($l: ID!) { recordExamResult(input: { learnerId: $l, session: "2020-09", outcome: FAILED }) { examResult { id } {{Errors}} } }
            """, new { l = learner });
        var funder = await _api.ExecuteAsync(Funder, """
            mutation($l: ID!) { recordCareerOutcome(input: { learnerId: $l, kind: LEFT_TRAINING, on: "2020-07-01" }) { careerOutcome { id } } }
            """, new { l = learner });

        Assert.Equal(placement, answered.GetProperty("answerSurvey").GetProperty("surveyAnswer").GetProperty("placementId").NodeKey());
        foreach (var field in new[] { "recordExamResult", "recordCareerOutcome", "recordLanguageAssessment" })
        {
            Assert.Equal(JsonValueKind.Null, entered.GetProperty(field).GetProperty("errors").ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, refused.GetProperty("recordExamResult").GetProperty("examResult").ValueKind);
        Assert.Equal("NotFoundError", refused.GetProperty("recordExamResult").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], ImpactGraphQL.ErrorCodes(funder));

        // Nothing counted from the facts moves until they are refreshed (CEFR gains are read from the assessments
        // themselves); then each outcome counts once. The learner was already a participant with a survey sent.
        Assert.Equal(
            before.Where(f => f.Indicator != "CEFR_GAIN"),
            Figures(await _api.DataAsync(Coordinator, Indicators, mine)).Where(f => f.Indicator != "CEFR_GAIN"));
        await Host.SendAsync(new RunNightlyRefresh(new DateOnly(2020, 3, 5)));
        var after = Figures(await _api.DataAsync(Coordinator, Indicators, mine));
        (decimal?, int?) Counts(IReadOnlyList<FigureRow> figures, string indicator, string? skill = null)
        {
            var f = figures.Single(x => x.Indicator == indicator && x.Skill == skill);
            return (f.Numerator, f.Denominator);
        }

        Assert.Equal(Plus(Counts(before, "PASS_RATE"), 1, 1), Counts(after, "PASS_RATE"));
        Assert.Equal(Plus(Counts(before, "JOB_OFFERS"), 1, 0), Counts(after, "JOB_OFFERS"));
        Assert.Equal(Plus(Counts(before, "SURVEY_RESPONSE_RATE"), 1, 0), Counts(after, "SURVEY_RESPONSE_RATE"));
        Assert.Equal(Plus(Counts(before, "SATISFACTION_RATE"), 1, 1), Counts(after, "SATISFACTION_RATE"));
        Assert.Equal(Plus(Counts(before, "CEFR_GAIN", "SPOKEN_INTERACTION"), 2, 1), Counts(after, "CEFR_GAIN", "SPOKEN_INTERACTION"));
    }

    [Fact]
    public async Task A_manual_trigger_runs_the_job_through_the_scheduler_and_leaves_its_run_in_the_history()
    {
        await SchedulingRegistration.PrepareStoreAsync(Host.Database, CancellationToken.None);
        var scheduler = await Host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        try
        {
            var triggered = await _api.DataAsync(Coordinator, """
                mutation { triggerImpactJob(input: { name: "nightly-refresh", date: "2021-06-30" }) { trigger errors { __typename ... on Error { message } } } }
                """);
            var trigger = triggered.GetProperty("triggerImpactJob").GetProperty("trigger").GetString()!;
            Assert.StartsWith("manual-", trigger, StringComparison.Ordinal);

            JsonElement run = default;
            var runs = new List<JsonElement>();
            for (var i = 0; i < 600; i++)
            {
                runs = [.. (await _api.DataAsync(Coordinator, """{ impactJobRuns(job: "nightly-refresh") { id job trigger startedAt finishedAt outcome error } }"""))
                    .GetProperty("impactJobRuns").EnumerateArray()];
                run = runs.FirstOrDefault(r => r.GetProperty("trigger").GetString() == trigger && r.GetProperty("outcome").GetString() != "RUNNING");
                if (run.ValueKind == JsonValueKind.Object)
                {
                    break;
                }

                await Task.Delay(100);
            }

            Assert.True(run.ValueKind == JsonValueKind.Object, $"No finished run of {trigger}: [{string.Join(", ", runs)}], {await scheduler.GetTriggerState(new TriggerKey(trigger, "impact"))}");
            Assert.Equal("SUCCEEDED", run.GetProperty("outcome").GetString());
            Assert.Equal(JsonValueKind.Null, run.GetProperty("error").ValueKind);
            Assert.True(await Host.InScopeAsync<ImpactDbContext, bool>(db => db.Snapshots.AnyAsync(s => s.RunKey == "nightly:2021-06-30")));

            var jobs = (await _api.DataAsync(Coordinator, "{ impactJobs { name cron state nextFireTimes lastRuns { trigger outcome } } }"))
                .GetProperty("impactJobs").EnumerateArray().ToDictionary(j => j.GetProperty("name").GetString()!);
            Assert.Equal(["end-of-year", "generate-report", "nightly-refresh", "survey-reminders"], jobs.Keys.Order(StringComparer.Ordinal));
            var endOfYear = jobs["end-of-year"].GetProperty("nextFireTimes").EnumerateArray().Select(t => t.GetDateTimeOffset()).ToList();
            Assert.Equal(3, endOfYear.Count);
            Assert.All(endOfYear, t => Assert.Equal((8, 31, 3, 0), (t.Month, t.Day, t.Hour, t.Minute)));
            Assert.Equal("OnDemand", jobs["generate-report"].GetProperty("state").GetString());
            Assert.Equal(JsonValueKind.Null, jobs["generate-report"].GetProperty("cron").ValueKind);
            Assert.Equal("0 0 3 31 8 ?", jobs["end-of-year"].GetProperty("cron").GetString());
            Assert.Contains(jobs["nightly-refresh"].GetProperty("lastRuns").EnumerateArray(), r => r.GetProperty("trigger").GetString() == trigger);

            var unknown = await _api.DataAsync(Coordinator, """mutation { triggerImpactJob(input: { name: "no-such-job" }) { trigger errors { __typename } } }""");
            Assert.Equal("NotFoundError", unknown.GetProperty("triggerImpactJob").GetProperty("errors")[0].GetProperty("__typename").GetString());
            var staff = Viewer.User(Guid.NewGuid(), "staff@school-a.example", [PlatformRole.SchoolStaff], organisationIds: [_world.Schools[0]]);
            Assert.Equal(
                ["AUTH_NOT_AUTHORIZED"],
                ImpactGraphQL.ErrorCodes(await _api.ExecuteAsync(staff, """mutation { triggerImpactJob(input: { name: "nightly-refresh" }) { trigger } }""")));
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
    }

    private static (decimal?, int?) Plus((decimal? Numerator, int? Denominator) counts, int numerator, int denominator)
        => ((counts.Numerator ?? 0) + numerator, (counts.Denominator ?? 0) + denominator);

    private static List<FigureRow> Figures(JsonElement data) => [.. data.GetProperty("indicators").EnumerateArray().Select(f => new FigureRow(
        f.GetProperty("indicator").GetString()!, f.GetProperty("dimension").GetString()!, f.GetProperty("group").GetString()!,
        f.GetProperty("skill").ValueKind == JsonValueKind.Null ? null : f.GetProperty("skill").GetString(),
        f.GetProperty("value").ValueKind == JsonValueKind.Null ? null : f.GetProperty("value").GetDecimal(),
        f.GetProperty("numerator").ValueKind == JsonValueKind.Null ? null : f.GetProperty("numerator").GetDecimal(),
        f.GetProperty("denominator").ValueKind == JsonValueKind.Null ? null : f.GetProperty("denominator").GetInt32(),
        f.GetProperty("suppressed").GetBoolean()))];

    private static FigureRow Row(IndicatorFigure f) => new(
        Upper(f.Indicator.ToString()), Upper(f.Dimension.ToString()), f.Group, f.Skill is null ? null : Upper(f.Skill), f.Value, f.Numerator,
        f.Denominator, f.Suppressed);

    private static string Upper(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));

    internal sealed record FigureRow(
        string Indicator, string Dimension, string Group, string? Skill, decimal? Value, decimal? Numerator, int? Denominator, bool Suppressed);
}

public sealed class ImpactApiScenariosOnSqlite() : ImpactApiScenarios(DatabaseProvider.Sqlite);

public sealed class ImpactApiScenariosOnPostgres() : ImpactApiScenarios(DatabaseProvider.Postgres);
