using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Recognition.Contracts;
using Mobility.Recognition.Contracts.Directory;
using Mobility.Recognition.Contracts.Events;
using Mobility.Recognition.Data;
using Mobility.Recognition.Recognitions;
using Mobility.TestKit;

namespace Mobility.Recognition.Tests;

public abstract class RecognitionPathScenarios(DatabaseProvider provider) : RecognitionTestBase(provider)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Units_proposed_before_departure_are_agreed_when_the_learning_agreement_is_signed_by_all_three()
    {
        var story = await Host.PlannedPlacementAsync();
        var unit = await Host.DefineProfessionalUnitAsync(story);
        Assert.Null(Assert.Single((await Host.SendAsync(story.Staff, new GetPlacementRecognition(story.Placement)))!.Units).AgreedInVersion);

        await Host.SignLearningAgreementAsync(story);

        var recognition = (await Host.SendAsync(story.Staff, new GetPlacementRecognition(story.Placement)))!;
        Assert.Equal((1, 1), (recognition.AgreedVersion, Assert.Single(recognition.Units).AgreedInVersion));
        await DomainAssert.ViolatesAsync("UNIT_ALREADY_AGREED", () => Host.SendAsync(story.Staff, new RemoveUnitOfLearningOutcomes(unit)));
    }

    [Fact]
    public async Task A_learner_goes_from_agreed_units_to_a_credited_optional_mobility_unit_with_the_MobilitePro_attestation()
    {
        var story = await Host.PlannedPlacementAsync();
        var (professional, ufm) = await Host.AssessedAsync(story, ufmHostMark: 14);

        Host.Clock.Now = new DateTimeOffset(2027, 5, 20, 10, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(story.Staff, new RecordSchoolAssessment(ufm, "satisfactory", 12, "Clear oral presentation", new DateOnly(2027, 5, 20)));
        await Host.SendAsync(story.Staff, new ValidateAssessment(story.Placement));
        await Host.SendAsync(story.Staff, new DecideRecognition(ufm, RecognitionOutcome.CreditedTowardQualification, null));
        await Host.SendAsync(story.Staff, new DecideRecognition(professional, RecognitionOutcome.CountedInContinuousAssessment, null));

        var recognition = (await Host.SendAsync(story.LearnerUser, new GetPlacementRecognition(story.Placement)))!;
        var decision = Assert.Single(recognition.Decisions, d => d.UnitId == ufm);
        Assert.Equal((13m, true, "MobilitéPro", story.Staff.Email), (decision.FinalMark, decision.Passed, decision.Attestation, decision.DecidedBy));
        var published = await PublishedAsync();
        Assert.Equal(2, published.Count);
        Assert.Contains(published, e => e.UnitId == ufm && e.Outcome == RecognitionOutcome.CreditedTowardQualification && e.Attestation == "MobilitéPro");
        var summaries = await Host.InScopeAsync<IRecognitionDirectory, IReadOnlyList<UnitRecognitionSummary>>(
            d => d.GetDecisionsForLearnersAsync([story.Learner], CancellationToken.None));
        Assert.Equal(["EP2", "UFM"], summaries.Select(s => s.QualificationUnitCode).Order(StringComparer.Ordinal));
        Assert.All(summaries, s => Assert.True(s.Passed));
    }

    [Fact]
    public async Task The_optional_mobility_unit_needs_ten_out_of_twenty_to_be_recognised_and_a_refusal_says_why()
    {
        var story = await Host.PlannedPlacementAsync();
        var (_, ufm) = await Host.AssessedAsync(story, ufmHostMark: 8);
        Host.Clock.Now = new DateTimeOffset(2027, 4, 20, 10, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(story.Staff, new RecordSchoolAssessment(ufm, "fragile", 11, null, new DateOnly(2027, 4, 20)));
        await Host.SendAsync(story.Staff, new ValidateAssessment(story.Placement));

        var refused = await DomainAssert.ViolatesAsync("UNIT_NOT_PASSED",
            () => Host.SendAsync(story.Staff, new DecideRecognition(ufm, RecognitionOutcome.CreditedTowardQualification, null)));
        Assert.Contains("9.5/20", refused.Message, StringComparison.Ordinal);
        await DomainAssert.ViolatesAsync("REASON_REQUIRED",
            () => Host.SendAsync(story.Staff, new DecideRecognition(ufm, RecognitionOutcome.NotRecognised, " ")));
        await Host.SendAsync(story.Staff, new DecideRecognition(ufm, RecognitionOutcome.NotRecognised, "9.5/20: below the pass mark"));

        var decision = Assert.Single((await Host.SendAsync(story.Staff, new GetPlacementRecognition(story.Placement)))!.Decisions);
        Assert.Equal((false, 9.5m, (string?)null), (decision.Passed, decision.FinalMark, decision.Attestation));
    }

    [Fact]
    public async Task The_school_part_of_the_optional_mobility_unit_is_held_within_three_months_of_return()
    {
        var story = await Host.PlannedPlacementAsync();
        var (professional, ufm) = await Host.AssessedAsync(story);
        Host.Clock.Now = new DateTimeOffset(2027, 7, 1, 10, 0, 0, TimeSpan.Zero);

        await DomainAssert.ViolatesAsync("SCHOOL_PART_DEADLINE_PASSED",
            () => Host.SendAsync(story.Staff, new RecordSchoolAssessment(ufm, "satisfactory", 12, null, new DateOnly(2027, 6, 27))));
        await DomainAssert.ViolatesAsync("SCHEME_HAS_NO_SCHOOL_PART",
            () => Host.SendAsync(story.Staff, new RecordSchoolAssessment(professional, "acquired", null, null, new DateOnly(2027, 6, 1))));
        await DomainAssert.ViolatesAsync("ASSESSMENT_INCOMPLETE", () => Host.SendAsync(story.Staff, new ValidateAssessment(story.Placement)));

        await Host.SendAsync(story.Staff, new RecordSchoolAssessment(ufm, "satisfactory", 12, null, new DateOnly(2027, 6, 26)));
        await Host.SendAsync(story.Staff, new ValidateAssessment(story.Placement));
    }

    [Fact]
    public async Task A_changed_decision_says_why_and_the_history_keeps_every_decision_and_who_took_it()
    {
        var story = await Host.PlannedPlacementAsync();
        var (professional, ufm) = await Host.AssessedAsync(story);
        Host.Clock.Now = new DateTimeOffset(2027, 4, 20, 10, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(story.Staff, new RecordSchoolAssessment(ufm, "satisfactory", 12, null, new DateOnly(2027, 4, 20)));
        await Host.SendAsync(story.Staff, new ValidateAssessment(story.Placement));
        await Host.SendAsync(story.Staff, new DecideRecognition(professional, RecognitionOutcome.RecordedInTranscript, null));

        await DomainAssert.ViolatesAsync("DECISION_CHANGE_REASON_REQUIRED",
            () => Host.SendAsync(story.Staff, new DecideRecognition(professional, RecognitionOutcome.CountedInContinuousAssessment, null)));
        Host.Clock.Advance(TimeSpan.FromDays(2));
        await Host.SendAsync(story.Staff, new DecideRecognition(professional, RecognitionOutcome.CountedInContinuousAssessment, "Jury of 22 April"));

        var history = (await Host.SendAsync(story.Staff, new GetPlacementRecognition(story.Placement)))!.Decisions
            .Where(d => d.UnitId == professional).OrderBy(d => d.Sequence).ToList();
        Assert.Equal([RecognitionOutcome.RecordedInTranscript, RecognitionOutcome.CountedInContinuousAssessment], history.Select(d => d.Outcome));
        Assert.Equal([new DateTime(2027, 4, 20, 10, 0, 0), new DateTime(2027, 4, 22, 10, 0, 0)], history.Select(d => DateTime.SpecifyKind(d.DecidedAt, DateTimeKind.Unspecified)));
        Assert.All(history, d => Assert.Equal((story.Staff.Email, story.Staff.UserId), (d.DecidedBy, d.DecidedByUserId)));
        Assert.Equal(RecognitionOutcome.CountedInContinuousAssessment, Assert.Single(
            await Host.InScopeAsync<IRecognitionDirectory, IReadOnlyList<UnitRecognitionSummary>>(
                d => d.GetDecisionsForPlacementsAsync([story.Placement], CancellationToken.None))).Outcome);
    }

    [Fact]
    public async Task Units_are_agreed_before_departure_and_belong_to_the_learners_qualification_and_their_scheme()
    {
        var story = await Host.PlannedPlacementAsync();
        var other = await Host.PlannedPlacementAsync("Yanis");

        await DomainAssert.ViolatesAsync("UNIT_NOT_IN_QUALIFICATION", () => Host.SendAsync(story.Staff, new DefineUnitOfLearningOutcomes(
            story.Placement, other.ProfessionalUnit, "Cold starters", ["Antipasti"], [], [], "ecvet-unit")));
        await DomainAssert.ViolatesAsync("SCHEME_NOT_FOR_UNIT", () => Host.SendAsync(story.Staff, new DefineUnitOfLearningOutcomes(
            story.Placement, story.ProfessionalUnit, "Cold starters", ["Antipasti"], [], [], "ufm-fr")));
        await DomainAssert.ViolatesAsync("RECOGNITION_SCHEME_UNKNOWN", () => Host.SendAsync(story.Staff, new DefineUnitOfLearningOutcomes(
            story.Placement, story.ProfessionalUnit, "Cold starters", ["Antipasti"], [], [], "bts-2030")));
        await DomainAssert.ViolatesAsync("LEARNING_OUTCOMES_REQUIRED", () => Host.SendAsync(story.Staff, new DefineUnitOfLearningOutcomes(
            story.Placement, story.ProfessionalUnit, "Cold starters", [" "], [], [], "ecvet-unit")));
        await DomainAssert.RejectsAsync("title", "NotEmpty", () => Host.SendAsync(story.Staff, new DefineUnitOfLearningOutcomes(
            story.Placement, story.ProfessionalUnit, "", ["Antipasti"], [], [], "ecvet-unit")));

        await Host.DefineProfessionalUnitAsync(story);
        await Host.SignLearningAgreementAsync(story);
        await Host.StartAsync(story);
        await DomainAssert.ViolatesAsync("UNITS_AGREED_BEFORE_DEPARTURE", () => Host.DefineUfmAsync(story));
        Assert.Equal(1, await Host.InScopeAsync<RecognitionDbContext, int>(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task A_new_host_tutor_appointed_in_Placements_is_the_one_who_assesses()
    {
        var story = await Host.PlannedPlacementAsync();
        await Host.DefineProfessionalUnitAsync(story);

        await Host.SendAsync(new Mobility.Placements.Lifecycle.AppointHostTutor(story.Placement, "Marco Bianchi", "Marco.Bianchi@host.example", "Sous-chef"));
        await Host.DispatchOutboxAsync();

        var marco = Mobility.BuildingBlocks.Security.Viewer.User(Guid.NewGuid(), "marco.bianchi@host.example", [Mobility.BuildingBlocks.Security.PlatformRole.HostTutor]);
        Assert.NotNull(await Host.SendAsync(marco, new GetPlacementRecognition(story.Placement)));
        Assert.Null(await Host.SendAsync(story.Tutor, new GetPlacementRecognition(story.Placement)));
    }

    private Task<List<UnitRecognitionDecided>> PublishedAsync()
        => Host.InScopeAsync<RecognitionDbContext, List<UnitRecognitionDecided>>(async db =>
            (await db.OutboxMessages.AsNoTracking().ToListAsync())
                .Where(m => m.Type.StartsWith(typeof(UnitRecognitionDecided).FullName + ",", StringComparison.Ordinal))
                .Select(m => JsonSerializer.Deserialize<UnitRecognitionDecided>(m.Payload, Json)!)
                .ToList());
}

public sealed class RecognitionPathScenariosOnSqlite() : RecognitionPathScenarios(DatabaseProvider.Sqlite);

public sealed class RecognitionPathScenariosOnPostgres() : RecognitionPathScenarios(DatabaseProvider.Postgres);
