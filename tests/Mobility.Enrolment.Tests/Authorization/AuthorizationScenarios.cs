using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Qualifications;
using Mobility.Enrolment.Staff;
using Mobility.Enrolment.Tests.Calls;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests.Authorization;

/// <summary>
/// Who may change Enrolment, checked by the use cases' authorizers whatever calls them: a coordinator their consortium
/// (calls, selection, members) and its members' people, school staff their own school's people, a learner their own
/// applications, a funder nothing. A refusal changes nothing.
/// </summary>
public abstract class AuthorizationScenarios(DatabaseProvider provider) : ApplicationTestBase(provider)
{
    [Fact]
    public async Task The_coordinator_runs_their_consortiums_selection_and_another_consortiums_coordinator_is_refused()
    {
        var application = await ApplyAsync();
        var coordinator = Coordinator(Consortium, School);
        var (other, _) = await Host.ConsortiumAsync("2026-1-FR01-KA121-000202");
        var outsider = Coordinator(other);

        await RefusedAsync(outsider, new ShortlistApplication(application, "Strong motivation", "Another committee"));
        await RefusedAsync(outsider, new OpenMobilityCall(Consortium, "Not my call", new DateOnly(2026, 8, 15), new DateOnly(2026, 9, 30),
            new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 15), 5, [new OpenMobilityCall.Criterion("Motivation", 1)]));
        await RefusedAsync(outsider, new AddConsortiumMember(Consortium, await Host.SchoolAsync("Lycée Jean Drouant"), Given.ConsortiumStart));
        Assert.Equal(ApplicationStatus.Applied, await StatusAsync(application));

        await Host.SendAsync(coordinator, new ShortlistApplication(application, "Strong motivation", "Selection committee"));
        await Host.SendAsync(coordinator, new SelectApplication(application, "Ranked within the places", "Selection committee"));
        Assert.Equal(ApplicationStatus.Selected, await StatusAsync(application));
    }

    [Fact]
    public async Task School_staff_register_and_look_after_their_own_school_learners_only()
    {
        var elsewhere = await Host.MemberSchoolAsync(Consortium, "Lycée Jean Drouant");
        var staff = SchoolStaff(School);
        var learner = await Host.SendAsync(staff, new RegisterLearner("Lina", "Haddad", new DateOnly(2008, 5, 2), Gender.Female, "FR", School, Qualification, 2));
        var theirs = await Host.LearnerAsync(elsewhere, Qualification, firstName: "Hugo");

        await Host.SendAsync(staff, new RecordLanguageLevel(learner, "en", CefrLevel.B1));
        await RefusedAsync(staff, new RecordLanguageLevel(theirs, "en", CefrLevel.B1));
        await RefusedAsync(staff, new RecordGuardianConsent(theirs, "Parent"));
        await RefusedAsync(staff, new RegisterLearner("Noé", "Petit", new DateOnly(2008, 1, 1), Gender.Male, "FR", elsewhere, Qualification, 2));
        await RefusedAsync(staff, new RegisterStaffMember("Paul", "Lefèvre", "paul@school.example", StaffRole.Teacher, elsewhere));
        await RefusedAsync(staff, new ShortlistApplication(await ApplyAsync(), "School staff do not select", "Staff"));

        Assert.Empty((await Host.SendAsync(new GetLearner(theirs))).Languages);
        Assert.Single((await Host.SendAsync(new GetLearner(learner))).Languages);
    }

    [Fact]
    public async Task A_learner_submits_and_withdraws_their_own_applications_only()
    {
        var me = await Host.LearnerAsync(School, Qualification);
        var classmate = await Host.LearnerAsync(School, Qualification, firstName: "Hugo");
        var learner = Learner(me);

        var mine = await Host.SendAsync(learner, new SubmitApplication(Call, me, "Camille Martin"));
        await RefusedAsync(learner, new SubmitApplication(Call, classmate, "Camille Martin"));
        var theirs = await Host.SendAsync(new SubmitApplication(Call, classmate, "Hugo Martin"));
        await RefusedAsync(learner, new WithdrawApplication(theirs, "Not mine", "Camille Martin"));
        await RefusedAsync(learner, new ShortlistApplication(mine, "I choose myself", "Camille Martin"));
        await Host.SendAsync(learner, new WithdrawApplication(mine, "Family reasons", "Camille Martin"));

        Assert.Equal(ApplicationStatus.Withdrawn, await StatusAsync(mine));
        Assert.Equal(ApplicationStatus.Applied, await StatusAsync(theirs));
    }

    [Fact]
    public async Task A_funder_or_a_host_tutor_changes_nothing()
    {
        var application = await ApplyAsync();
        var learner = (await Host.SendAsync(new ListApplications(Call))).Single().LearnerId;
        Viewer[] outsiders =
        [
            Viewer.User(Guid.NewGuid(), "funder@agency.example", [PlatformRole.Funder], [Consortium]),
            Viewer.User(Guid.NewGuid(), "tutor@host.example", [PlatformRole.HostTutor]),
        ];

        foreach (var outsider in outsiders)
        {
            await RefusedAsync(outsider, new RegisterOrganisation("Funded school", OrganisationKind.VocationalSchool, "FR", "Paris"));
            await RefusedAsync(outsider, new RegisterQualification("CAP Pâtissier", "CAP", "FR", 3, "1013"));
            await RefusedAsync(outsider, new UpdateOrganisation(School, "Renamed", OrganisationKind.VocationalSchool, "FR", "Paris"));
            await RefusedAsync(outsider, new SubmitApplication(Call, learner, "Someone"));
            await RefusedAsync(outsider, new SelectApplication(application, "Ranked", "Someone"));
            await RefusedAsync(outsider, new RecordSensitiveFlags(learner, true, false));
        }

        Assert.Equal(ApplicationStatus.Applied, await StatusAsync(application));
    }

    [Fact]
    public async Task A_refusal_names_the_role_or_the_scope_that_is_missing()
    {
        var application = await ApplyAsync();

        var role = await RefusedAsync(SchoolStaff(School), new SelectApplication(application, "Ranked", "Staff"));
        var scope = await RefusedAsync(Coordinator(Guid.NewGuid()), new SelectApplication(application, "Ranked", "Someone"));

        Assert.Equal("Only consortium coordinators may select applications to this call.", role.Message);
        Assert.Equal("You do not coordinate this consortium; you may not select applications to this call.", scope.Message);
    }

    private async Task<DomainRuleViolationException> RefusedAsync<T>(Viewer viewer, IRequest<T> request)
        => await DomainAssert.ViolatesAsync(Access.Denied, () => Host.SendAsync(viewer, request));

    private static Viewer Coordinator(Guid consortium, params Guid[] members) =>
        Viewer.User(Guid.NewGuid(), "coordinator@consortium.example", [PlatformRole.ConsortiumCoordinator], [consortium], members);

    private static Viewer SchoolStaff(Guid school) =>
        Viewer.User(Guid.NewGuid(), "staff@school.example", [PlatformRole.SchoolStaff], organisationIds: [school]);

    private static Viewer Learner(Guid learner) => Viewer.User(Guid.NewGuid(), "learner@school.example", [PlatformRole.Learner], learnerId: learner);
}

public sealed class AuthorizationScenariosOnSqlite() : AuthorizationScenarios(DatabaseProvider.Sqlite);

public sealed class AuthorizationScenariosOnPostgres() : AuthorizationScenarios(DatabaseProvider.Postgres);
