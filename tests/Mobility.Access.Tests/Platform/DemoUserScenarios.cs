using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.Access.Authentication;
using Mobility.Access.Data;
using Mobility.Access.Demo;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts.Directory;

namespace Mobility.Access.Tests.Platform;

/// <summary>The demo's users, one per role, each signing in as a viewer linked to the CAPMOB 2.0 demo data.</summary>
[Collection(AccessPlatformCollection.Name)]
public sealed class DemoUserScenarios(AccessPlatform platform)
{
    private static readonly Guid Capmob = DeterministicGuid.Create("enrolment/consortium/capmob");
    private static readonly Guid School01 = DeterministicGuid.Create("enrolment/organisation/capmob-school-01");

    [Fact]
    public async Task The_coordinator_sees_every_member_organisation_of_CAPMOB_read_from_Enrolment()
    {
        var viewer = await SignInAsync("coordinator@capmob.example");
        var consortium = (await InScopeAsync<IEnrolmentDirectory, IReadOnlyList<ConsortiumSummary>>(d => d.GetConsortiaAsync([Capmob], CancellationToken.None))).Single();

        Assert.Equal([PlatformRole.ConsortiumCoordinator], viewer.Roles);
        Assert.Equal([Capmob], viewer.ConsortiumIds);
        Assert.Equal(34, consortium.MemberIds.Count);
        Assert.True(viewer.OrganisationIds.SetEquals(consortium.MemberIds));
    }

    [Fact]
    public async Task The_school_staff_member_sees_their_school_only_and_is_its_European_referent()
    {
        var viewer = await SignInAsync("school.staff@capmob.example");
        var staff = (await InScopeAsync<IEnrolmentDirectory, IReadOnlyList<StaffSummary>>(d => d.GetStaffMembersAsync([viewer.StaffMemberId!.Value], CancellationToken.None))).Single();

        Assert.Equal([PlatformRole.SchoolStaff], viewer.Roles);
        Assert.Equal([School01], viewer.OrganisationIds);
        Assert.Equal(School01, staff.OrganisationId);
    }

    [Fact]
    public async Task The_host_tutor_and_the_learner_are_the_tutor_and_the_learner_of_real_demo_placements()
    {
        var tutorEmail = await InScopeAsync<AccessDbContext, string>(db => db.Users
            .Where(u => u.Id == DeterministicGuid.Create("access/user/host-tutor")).Select(u => u.Email!).SingleAsync());
        var tutor = await SignInAsync(tutorEmail);
        var learner = await SignInAsync("learner@capmob.example");

        var placements = await InScopeAsync<IPlacementsDirectory, IReadOnlyList<PlacementSummary>>(d => d.GetPlacementsOfLearnersAsync([learner.LearnerId!.Value], CancellationToken.None));
        var tutors = await InScopeAsync<IPlacementsDirectory, IReadOnlyList<HostTutorSummary>>(d => d.GetHostTutorsAsync([.. placements.Select(p => p.Id)], CancellationToken.None));

        Assert.Equal([PlatformRole.HostTutor], tutor.Roles);
        Assert.Equal([PlatformRole.Learner], learner.Roles);
        Assert.NotEmpty(placements);
        Assert.Contains(tutors, t => t.Email.Equals(tutor.Email, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(tutor.OrganisationIds);
        Assert.Empty(learner.OrganisationIds);
    }

    [Fact]
    public async Task The_funder_has_CAPMOB_but_sees_no_organisation()
    {
        var viewer = await SignInAsync("funder@capmob.example");

        Assert.Equal([PlatformRole.Funder], viewer.Roles);
        Assert.Equal([Capmob], viewer.ConsortiumIds);
        Assert.False(viewer.SeesOrganisations);
        Assert.Empty(viewer.OrganisationIds);
    }

    [Fact]
    public async Task The_first_start_logged_the_demo_users_emails_and_password_and_a_second_seed_changes_nothing()
    {
        var logged = Assert.Single(platform.Log, l => l.Contains("demo users", StringComparison.Ordinal));
        var again = await DemoSummaryAsync();

        Assert.Contains("password 'Mobility-demo-2026'", logged, StringComparison.Ordinal);
        foreach (var email in new[] { "coordinator@capmob.example", "school.staff@capmob.example", "funder@capmob.example", "learner@capmob.example" })
        {
            Assert.Contains(email, logged, StringComparison.Ordinal);
        }

        Assert.EndsWith(again, logged, StringComparison.Ordinal);
        Assert.Equal(5, again.Count(c => c == '@'));
        foreach (var role in Enum.GetNames<PlatformRole>())
        {
            Assert.Contains($"({role})", again, StringComparison.Ordinal);
        }
    }

    private async Task<string> DemoSummaryAsync() =>
        (await DemoDataRunner.SeedAsync(platform.Services, CancellationToken.None)).Single(l => l.StartsWith("Access:", StringComparison.Ordinal));

    private async Task<Viewer> SignInAsync(string email)
    {
        var outcome = await platform.SendAsync(new SignIn(email, AccessDemoSeeder.DefaultPassword));
        Assert.True(outcome.Succeeded, $"{email}: {outcome.Failure}");
        return outcome.Viewer!;
    }

    private async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
