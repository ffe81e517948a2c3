using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Contracts;
using Mobility.Placements.FollowUps;
using Mobility.Placements.Grants;
using Mobility.Placements.Groups;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.LearningAgreements;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.OpenData;
using Mobility.Placements.SendingCompanies;

namespace Mobility.Placements.Tests.Authorization;

/// <summary>
/// Who may change a placement, checked by the use cases' authorizers whatever calls them: the coordinators and staff
/// of the sending school, its host tutor for the host's signature and follow-ups, its participant for their own
/// signature; nobody else, and a funder nothing. A refusal changes nothing.
/// </summary>
public abstract class AuthorizationScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    private const string TutorEmail = "jana.becker@host.example";

    [Fact]
    public async Task School_staff_take_their_school_placement_from_plan_to_completion()
    {
        var school = Enrolment.AddSchool("Lycée Guillaume Tirel");
        var learner = Enrolment.AddLearner(school);
        await Host.SelectAsync(learner, school);
        var host = await Host.BerlinHostAsync();
        var staff = SchoolStaff(school);

        var placement = await Host.SendAsync(staff, new PlanPlacement(PlacementKind.ShortTermLearner, Given.CallYear, host, Given.StartsOn, Given.EndsOn, LearnerId: learner));
        await Host.SendAsync(staff, new AppointHostTutor(placement, "Jana Becker", TutorEmail, "Head chef"));
        await Host.SendAsync(staff, new DraftLearningAgreement(placement, Given.Objectives(2), "Claire Dubois"));
        await Host.SendAsync(Learner(learner), new SignLearningAgreement(placement, LearningAgreementParty.Participant, "Camille Martin"));
        await Host.SendAsync(staff, new SignLearningAgreement(placement, LearningAgreementParty.SendingSchool, "Claire Dubois"));
        await Host.SendAsync(HostTutor(TutorEmail.ToUpperInvariant()), new SignLearningAgreement(placement, LearningAgreementParty.Host, "Jana Becker"));
        await Host.SendAsync(staff, new ConfirmPlacement(placement));
        Host.Clock.Now = new DateTimeOffset(2027, 3, 8, 8, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(staff, new StartPlacement(placement));
        await Host.SendAsync(HostTutor(TutorEmail), new RecordFollowUp(placement, new DateOnly(2027, 3, 8), "Jana Becker", "Settled in well."));
        Host.Clock.Now = new DateTimeOffset(2027, 3, 31, 18, 0, 0, TimeSpan.Zero);
        await Host.SendAsync(staff, new CompletePlacement(placement));

        Assert.Equal(PlacementStatus.Completed, (await Host.SendAsync(new GetPlacement(placement))).Status);
    }

    [Fact]
    public async Task Staff_and_coordinators_of_other_schools_are_refused_and_nothing_changes()
    {
        var (placement, learner, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        var elsewhere = Enrolment.AddSchool("Lycée Jean Drouant");
        var host = await Host.BerlinHostAsync("Another host");
        Viewer[] outsiders = [SchoolStaff(elsewhere), Coordinator(elsewhere)];

        foreach (var outsider in outsiders)
        {
            // The placement is not theirs to see: to them it does not exist, as its lookup answers them null.
            await HiddenAsync(outsider, placement, new AppointHostTutor(placement, "Jana Becker", TutorEmail, "Head chef"));
            await HiddenAsync(outsider, placement, new DraftLearningAgreement(placement, Given.Objectives(1), "Someone"));
            await HiddenAsync(outsider, placement, new ConfirmPlacement(placement));
            await HiddenAsync(outsider, placement, new CancelPlacement(placement, "Not ours to cancel", false));
            await HiddenAsync(outsider, placement, new ComputeGrant(placement, false, 0, false));
            await HiddenAsync(outsider, placement, new SignLearningAgreement(placement, LearningAgreementParty.SendingSchool, "Someone"));
            await RefusedAsync(outsider, new PlanPlacement(PlacementKind.ShortTermLearner, Given.CallYear, host, Given.StartsOn.AddMonths(1), Given.EndsOn.AddMonths(1), LearnerId: learner));
            await RefusedAsync(outsider, new RegisterSendingCompany(learner, "Boulangerie Martin", "Paris", "Paul Martin", "paul@boulangerie.example", new DateOnly(2026, 9, 1)));
        }

        var unchanged = await Host.SendAsync(new GetPlacement(placement));
        Assert.Equal(PlacementStatus.Planned, unchanged.Status);
        Assert.Null(unchanged.HostTutorEmail);
        Assert.Single(await Host.SendAsync(new ListPlacements()));
    }

    [Fact]
    public async Task A_host_tutor_signs_as_host_and_records_follow_ups_only_for_the_placements_they_tutor()
    {
        var ours = await Host.PlacementInProgressAsync(Enrolment);
        var (other, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment, new DateOnly(2027, 4, 5), new DateOnly(2027, 4, 30));
        await Host.SendAsync(new AppointHostTutor(other, "Max Braun", "max.braun@host.example", "Chef"));
        await Host.SendAsync(new DraftLearningAgreement(other, Given.Objectives(1), "Claire Dubois"));
        var tutor = HostTutor(TutorEmail);

        await Host.SendAsync(tutor, new RecordFollowUp(ours, new DateOnly(2027, 3, 8), "Jana Becker", "Settled in well."));
        await HiddenAsync(tutor, other, new RecordFollowUp(other, new DateOnly(2027, 4, 15), "Jana Becker", "Not my tutee."));
        await HiddenAsync(tutor, other, new SignLearningAgreement(other, LearningAgreementParty.Host, "Jana Becker"));
        await RefusedAsync(tutor, new SignLearningAgreement(ours, LearningAgreementParty.SendingSchool, "Jana Becker"));
        await RefusedAsync(tutor, new RecordDebriefing(ours, new DateOnly(2027, 3, 31), "Jana Becker", "Final words."));
        await RefusedAsync(tutor, new CompletePlacement(ours));
        await RefusedAsync(tutor, new AppointHostTutor(other, "Jana Becker", TutorEmail, "Head chef"));

        Assert.Single((await Host.SendAsync(new GetPlacement(ours))).FollowUps);
        Assert.Empty((await Host.SendAsync(new GetPlacement(other))).FollowUps);
    }

    [Fact]
    public async Task A_learner_signs_only_their_own_learning_agreement_and_only_as_participant()
    {
        var (ours, learner, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        var (theirs, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        await Host.SendAsync(new DraftLearningAgreement(ours, Given.Objectives(1), "Claire Dubois"));
        await Host.SendAsync(new DraftLearningAgreement(theirs, Given.Objectives(1), "Claire Dubois"));
        var me = Learner(learner);

        await Host.SendAsync(me, new SignLearningAgreement(ours, LearningAgreementParty.Participant, "Camille Martin"));
        await HiddenAsync(me, theirs, new SignLearningAgreement(theirs, LearningAgreementParty.Participant, "Camille Martin"));
        await RefusedAsync(me, new SignLearningAgreement(ours, LearningAgreementParty.Host, "Camille Martin"));
        await RefusedAsync(me, new SignLearningAgreement(ours, LearningAgreementParty.SendingSchool, "Camille Martin"));
        await RefusedAsync(me, new ConfirmPlacement(ours));
    }

    [Fact]
    public async Task A_funder_changes_nothing()
    {
        var (placement, learner, school) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        var funder = Viewer.User(Guid.NewGuid(), "funder@agency.example", [PlatformRole.Funder], [Guid.NewGuid()]);

        await RefusedAsync(funder, new CreateHostOrganisation("Funded host", HostOrganisationKind.Company, "DE", "Berlin", 52.52, 13.405, "Hospitality", "A B", "a@b.example"));
        await RefusedAsync(funder, new AppointHostTutor(placement, "Jana Becker", TutorEmail, "Head chef"));
        await RefusedAsync(funder, new ConfirmPlacement(placement));
        await HiddenAsync(funder, placement, new SignLearningAgreement(placement, LearningAgreementParty.Participant, "Camille Martin"));
        await RefusedAsync(funder, new RegisterSendingCompany(learner, "Boulangerie Martin", "Paris", "Paul Martin", "paul@boulangerie.example", new DateOnly(2026, 9, 1)));
        await RefusedAsync(funder, new CreatePlacementGroup("Group", Given.CallYear, school, Guid.NewGuid(), Given.StartsOn, Given.EndsOn));
    }

    [Fact]
    public async Task Open_data_files_are_imported_by_the_platform_only_never_by_a_signed_in_user()
        => await RefusedAsync(Coordinator(Guid.NewGuid()), new ImportOpenData("/etc/passwd"));

    [Fact]
    public async Task A_refusal_names_the_role_or_the_scope_that_is_missing_and_a_placement_out_of_sight_is_not_found()
    {
        var (placement, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment);
        var (hosted, _, _) = await Host.PlannedLearnerPlacementAsync(Enrolment, new DateOnly(2027, 4, 5), new DateOnly(2027, 4, 30));
        await Host.SendAsync(new AppointHostTutor(hosted, "Jana Becker", TutorEmail, "Head chef"));
        var tutorAndStaff = Viewer.User(Guid.NewGuid(), TutorEmail, [PlatformRole.HostTutor, PlatformRole.SchoolStaff], organisationIds: [Guid.NewGuid()]);

        var role = await RefusedAsync(HostTutor(TutorEmail), new ConfirmPlacement(placement));
        var scope = await RefusedAsync(tutorAndStaff, new ConfirmPlacement(hosted));
        var hidden = await HiddenAsync(SchoolStaff(Guid.NewGuid()), placement, new ConfirmPlacement(placement));

        Assert.Equal("Only consortium coordinators or school staff may confirm it.", role.Message);
        Assert.Equal("The placement is not one your organisations send or host; you may not confirm it.", scope.Message);
        Assert.Equal($"Placement {placement} was not found.", hidden.Message);
    }

    private async Task<NotFoundException> HiddenAsync<T>(Viewer viewer, Guid placement, MediatR.IRequest<T> request)
    {
        var hidden = await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(viewer, request));
        Assert.Equal(("Placement", placement.ToString()), (hidden.Entity, hidden.Id));
        return hidden;
    }

    private async Task<AccessDeniedException> RefusedAsync<T>(Viewer viewer, MediatR.IRequest<T> request)
    {
        var refusal = await Assert.ThrowsAsync<AccessDeniedException>(() => Host.SendAsync(viewer, request));
        Assert.Equal(Access.Denied, refusal.Code);
        return refusal;
    }

    private static Viewer SchoolStaff(Guid school) =>
        Viewer.User(Guid.NewGuid(), "staff@school.example", [PlatformRole.SchoolStaff], organisationIds: [school]);

    private static Viewer Coordinator(params Guid[] members) =>
        Viewer.User(Guid.NewGuid(), "coordinator@consortium.example", [PlatformRole.ConsortiumCoordinator], [Guid.NewGuid()], members);

    private static Viewer HostTutor(string email) => Viewer.User(Guid.NewGuid(), email, [PlatformRole.HostTutor]);

    private static Viewer Learner(Guid learner) => Viewer.User(Guid.NewGuid(), "learner@school.example", [PlatformRole.Learner], learnerId: learner);
}

public sealed class AuthorizationScenariosOnSqlite() : AuthorizationScenarios(DatabaseProvider.Sqlite);

public sealed class AuthorizationScenariosOnPostgres() : AuthorizationScenarios(DatabaseProvider.Postgres);
