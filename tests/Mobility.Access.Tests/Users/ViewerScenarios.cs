using System.Security.Claims;
using Mobility.Access.Authentication;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Tests.Users;

/// <summary>The Viewer each role signs in as, and that it survives the trip through claims (cookie or token).</summary>
public abstract class ViewerScenarios(DatabaseProvider provider) : AccessTestBase(provider)
{
    [Fact]
    public async Task A_coordinator_sees_every_member_organisation_of_each_consortium_they_coordinate()
    {
        var capmob = Enrolment.AddConsortium("CAPMOB", schools: 3);
        var crafts = Enrolment.AddConsortium("Crafts", schools: 2);
        Enrolment.AddConsortium("Not theirs", schools: 2);
        var id = await Host.SendAsync(new CreateUser("Coordinator@Example.org", [PlatformRole.ConsortiumCoordinator], Given.Password, Coordinates: [capmob.Consortium, crafts.Consortium]));

        var viewer = await SignInAsync("coordinator@example.org");

        Assert.Equal(
            Viewer.User(id, "coordinator@example.org", [PlatformRole.ConsortiumCoordinator], [capmob.Consortium, crafts.Consortium],
                [capmob.Coordinator, .. capmob.Schools, crafts.Coordinator, .. crafts.Schools]),
            viewer, ViewerComparer.Instance);
    }

    [Fact]
    public async Task School_staff_see_only_the_organisation_they_work_at()
    {
        var capmob = Enrolment.AddConsortium("CAPMOB", schools: 3);
        var staff = Enrolment.AddStaff(capmob.Schools[1]);
        var id = await Host.SendAsync(new CreateUser("staff@example.org", [PlatformRole.SchoolStaff], Given.Password, WorksAt: [capmob.Schools[1]], StaffMemberId: staff));

        var viewer = await SignInAsync("staff@example.org");

        Assert.Equal(Viewer.User(id, "staff@example.org", [PlatformRole.SchoolStaff], organisationIds: [capmob.Schools[1]], staffMemberId: staff), viewer, ViewerComparer.Instance);
        Assert.True(viewer.SeesOrganisation(capmob.Schools[1]));
        Assert.False(viewer.SeesOrganisation(capmob.Schools[0]));
    }

    [Fact]
    public async Task A_funder_has_their_consortia_but_no_organisation_whose_people_they_could_see()
    {
        var capmob = Enrolment.AddConsortium("CAPMOB", schools: 3);
        var id = await Host.SendAsync(new CreateUser("funder@example.org", [PlatformRole.Funder], Given.Password, Funds: [capmob.Consortium]));

        var viewer = await SignInAsync("funder@example.org");

        Assert.Equal(Viewer.User(id, "funder@example.org", [PlatformRole.Funder], [capmob.Consortium]), viewer, ViewerComparer.Instance);
        Assert.False(viewer.SeesOrganisations);
    }

    [Fact]
    public async Task A_learner_is_their_Enrolment_learner_and_a_host_tutor_is_their_email()
    {
        var school = Enrolment.AddOrganisation("Lycée Guillaume Tirel");
        var learner = Enrolment.AddLearner(school);
        var learnerUser = await Host.SendAsync(new CreateUser("camille@example.org", [PlatformRole.Learner], Given.Password, LearnerId: learner));
        var tutorUser = await Host.HostTutorAsync("Jana.Becker@Host.example");

        Assert.Equal(Viewer.User(learnerUser, "camille@example.org", [PlatformRole.Learner], learnerId: learner), await SignInAsync("camille@example.org"), ViewerComparer.Instance);
        Assert.Equal(Viewer.User(tutorUser, "jana.becker@host.example", [PlatformRole.HostTutor]), await SignInAsync("jana.becker@host.example"), ViewerComparer.Instance);
    }

    [Fact]
    public async Task The_viewer_reads_back_from_its_claims_unchanged()
    {
        var capmob = Enrolment.AddConsortium("CAPMOB", schools: 2);
        var learner = Enrolment.AddLearner(capmob.Schools[0]);
        await Host.SendAsync(new CreateUser(
            "both@example.org", [PlatformRole.ConsortiumCoordinator, PlatformRole.Learner], Given.Password, Coordinates: [capmob.Consortium], LearnerId: learner));
        var viewer = await SignInAsync("both@example.org");

        var principal = new ClaimsPrincipal(new ClaimsIdentity(viewer.ToClaims(), "test"));

        Assert.Equal(viewer, Viewer.From(principal), ViewerComparer.Instance);
        Assert.Equal(3, viewer.OrganisationIds.Count);
    }

    private async Task<Viewer> SignInAsync(string email)
    {
        var outcome = await Host.SendAsync(new SignIn(email, Given.Password));
        Assert.True(outcome.Succeeded, outcome.Failure.ToString());
        return outcome.Viewer!;
    }
}

public sealed class ViewerScenariosOnSqlite() : ViewerScenarios(DatabaseProvider.Sqlite);

public sealed class ViewerScenariosOnPostgres() : ViewerScenarios(DatabaseProvider.Postgres);
