using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Contracts;
using Mobility.Recognition.Data;
using Mobility.Recognition.Recognitions;
using Mobility.TestKit;

namespace Mobility.Recognition.Tests;

public abstract class AccessScenarios(DatabaseProvider provider) : RecognitionTestBase(provider)
{
    [Fact]
    public async Task A_host_tutor_is_refused_on_someone_elses_placement_and_does_not_see_it()
    {
        var camille = await Host.PlannedPlacementAsync();
        var yanis = await Host.PlannedPlacementAsync("Yanis", tutorEmail: "jana.becker@other-host.example");
        var professional = await Host.DefineProfessionalUnitAsync(yanis);
        var ufm = await Host.DefineUfmAsync(yanis);
        await Host.SignLearningAgreementAsync(yanis);
        await Host.StartAsync(yanis);
        Host.Clock.Now = new DateTimeOffset(2027, 3, 25, 15, 0, 0, TimeSpan.Zero);

        // To another placement's tutor, Yanis's recognition does not exist: refusing would tell them it does.
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(camille.Tutor, Given.HostAssessment(yanis, professional, ufm)));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(camille.Tutor, new SubmitHostAssessment(yanis.Placement)));
        Assert.Null(await Host.SendAsync(camille.Tutor, new GetPlacementRecognition(yanis.Placement)));
        Assert.Empty(await Host.SendAsync(camille.Tutor, new ListRecognitions()));
        var untouched = await Host.InScopeAsync<RecognitionDbContext, PlacementRecognition>(db => db.PlacementRecognitions.Include(r => r.Units)
            .SingleAsync(r => r.PlacementId == yanis.Placement));
        Assert.Equal(AssessmentStatus.NotStarted, untouched.AssessmentStatus);
        Assert.All(untouched.Units, u => Assert.Null(u.HostLevel));

        await Host.SendAsync(yanis.Tutor, Given.HostAssessment(yanis, professional, ufm));
        Assert.Equal(AssessmentStatus.Draft, (await Host.SendAsync(yanis.Tutor, new GetPlacementRecognition(yanis.Placement)))!.AssessmentStatus);
    }

    [Fact]
    public async Task A_host_tutor_edits_the_assessment_only_until_it_is_submitted()
    {
        var story = await Host.PlannedPlacementAsync();
        var professional = await Host.DefineProfessionalUnitAsync(story);
        var ufm = await Host.DefineUfmAsync(story);
        await Host.SignLearningAgreementAsync(story);
        await Host.StartAsync(story);
        Host.Clock.Now = new DateTimeOffset(2027, 3, 25, 15, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(story.Tutor, Given.HostAssessment(story, professional, ufm, 12) with
        {
            Grades = [new HostGradeInput(professional, "acquired", null, null, null)],
        });
        await DomainAssert.ViolatesAsync("HOST_GRADE_MISSING", () => Host.SendAsync(story.Tutor, new SubmitHostAssessment(story.Placement)));
        await Host.SendAsync(story.Tutor, Given.HostAssessment(story, professional, ufm, 15));

        await Host.SendAsync(story.Tutor, new SubmitHostAssessment(story.Placement));

        await DomainAssert.ViolatesAsync("ASSESSMENT_ALREADY_SUBMITTED",
            () => Host.SendAsync(story.Tutor, Given.HostAssessment(story, professional, ufm, 19)));
        var recognition = (await Host.SendAsync(story.Tutor, new GetPlacementRecognition(story.Placement)))!;
        Assert.Equal((AssessmentStatus.Submitted, 15m, "it"), (recognition.AssessmentStatus, recognition.Unit(ufm).HostMark, recognition.AssessmentLanguage));
        Assert.Equal((true, false), (recognition.SchoolTeacherTookPart, recognition.SendingCompanyTookPart));
    }

    [Fact]
    public async Task The_grid_takes_the_schemes_levels_and_marks_and_only_agreed_units()
    {
        var story = await Host.PlannedPlacementAsync();
        var professional = await Host.DefineProfessionalUnitAsync(story);
        await Host.SignLearningAgreementAsync(story);
        var ufm = await Host.DefineUfmAsync(story);
        await Host.StartAsync(story);
        Host.Clock.Now = new DateTimeOffset(2027, 3, 25, 15, 0, 0, TimeSpan.Zero);
        RecordHostAssessment With(params HostGradeInput[] grades) => Given.HostAssessment(story, professional, ufm) with { Grades = grades };

        await DomainAssert.ViolatesAsync("UNIT_NOT_AGREED", () => Host.SendAsync(story.Tutor, With(new HostGradeInput(ufm, "satisfactory", 12, null, null))));
        await DomainAssert.ViolatesAsync("GRID_LEVEL_UNKNOWN", () => Host.SendAsync(story.Tutor, With(new HostGradeInput(professional, "excellent", null, null, null))));
        await DomainAssert.ViolatesAsync("SCHEME_HAS_NO_MARKS", () => Host.SendAsync(story.Tutor, With(new HostGradeInput(professional, "acquired", 15, null, null))));
        await DomainAssert.ViolatesAsync("ASSESSMENT_DATE_OUTSIDE_STAY", () => Host.SendAsync(story.Tutor,
            With(new HostGradeInput(professional, "acquired", null, null, null)) with { HeldOn = new DateOnly(2027, 3, 1) }));
    }

    [Fact]
    public async Task Only_the_sending_schools_staff_validate_and_decide_and_a_learner_sees_only_their_own()
    {
        var story = await Host.PlannedPlacementAsync();
        var other = await Host.PlannedPlacementAsync("Yanis");
        var (professional, _) = await Host.AssessedAsync(story);

        await DomainAssert.ViolatesAsync("ACCESS_DENIED", () => Host.SendAsync(story.Coordinator, new ValidateAssessment(story.Placement)));
        await DomainAssert.ViolatesAsync("ACCESS_DENIED", () => Host.SendAsync(story.Tutor, new ValidateAssessment(story.Placement)));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(other.Staff, new ValidateAssessment(story.Placement)));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(other.Staff,
            new DecideRecognition(professional, RecognitionOutcome.CreditedTowardQualification, null)));
        await DomainAssert.ViolatesAsync("ACCESS_DENIED", () => Host.SendAsync(story.LearnerUser,
            new DecideRecognition(professional, RecognitionOutcome.CreditedTowardQualification, null)));

        Assert.NotNull(await Host.SendAsync(story.LearnerUser, new GetPlacementRecognition(story.Placement)));
        Assert.NotNull(await Host.SendAsync(story.Coordinator, new GetPlacementRecognition(story.Placement)));
        Assert.Null(await Host.SendAsync(other.LearnerUser, new GetPlacementRecognition(story.Placement)));
        Assert.Null(await Host.SendAsync(Viewer.Anonymous, new GetPlacementRecognition(story.Placement)));
        var funder = Viewer.User(Guid.NewGuid(), "officer@agency.example", [PlatformRole.Funder]);
        Assert.Null(await Host.SendAsync(funder, new GetPlacementRecognition(story.Placement)));
        var figures = await Host.SendAsync(funder, new GetRecognitionStatistics());
        Assert.Equal((1, 2, 2), (figures.Placements, figures.AgreedUnits, figures.AssessedUnits));
    }
}

public sealed class AccessScenariosOnSqlite() : AccessScenarios(DatabaseProvider.Sqlite);

public sealed class AccessScenariosOnPostgres() : AccessScenarios(DatabaseProvider.Postgres);
