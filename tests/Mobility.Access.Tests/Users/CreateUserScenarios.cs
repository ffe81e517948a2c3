using Microsoft.EntityFrameworkCore;
using Mobility.Access.Data;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.TestKit;

namespace Mobility.Access.Tests.Users;

public abstract class CreateUserScenarios(DatabaseProvider provider) : AccessTestBase(provider)
{
    [Fact]
    public async Task Each_role_needs_its_membership_and_a_membership_needs_its_role()
    {
        var capmob = Enrolment.AddConsortium("CAPMOB", schools: 1);

        var noConsortium = await DomainAssert.ViolatesAsync("MEMBERSHIP_REQUIRED", () => Host.SendAsync(new CreateUser("c@example.org", [PlatformRole.ConsortiumCoordinator], Given.Password)));
        await DomainAssert.ViolatesAsync("MEMBERSHIP_REQUIRED", () => Host.SendAsync(new CreateUser("l@example.org", [PlatformRole.Learner], Given.Password)));
        await DomainAssert.ViolatesAsync("ROLE_REQUIRED", () => Host.SendAsync(new CreateUser("t@example.org", [PlatformRole.HostTutor], Given.Password, Funds: [capmob.Consortium])));

        Assert.Equal("A ConsortiumCoordinator user needs a consortium they coordinate.", noConsortium.Message);
        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task Unknown_consortia_organisations_and_learners_are_refused()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new CreateUser("c@example.org", [PlatformRole.ConsortiumCoordinator], Given.Password, Coordinates: [Guid.NewGuid()])));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new CreateUser("s@example.org", [PlatformRole.SchoolStaff], Given.Password, WorksAt: [Guid.NewGuid()])));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new CreateUser("l@example.org", [PlatformRole.Learner], Given.Password, LearnerId: Guid.NewGuid())));

        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task A_weak_password_or_a_taken_email_writes_nothing()
    {
        await Host.HostTutorAsync();

        var weak = await Assert.ThrowsAsync<InvalidInputException>(() => Host.SendAsync(new CreateUser("weak@example.org", [PlatformRole.HostTutor], "short")));
        await DomainAssert.ViolatesAsync("EMAIL_TAKEN", () => Host.HostTutorAsync("JANA.BECKER@host.example"));

        Assert.Contains(weak.Failures, f => f.Field == "password" && f.Rule == "PasswordTooShort");
        Assert.Equal(1, await UserCountAsync());
        Assert.Equal(1, await Host.InScopeAsync<AccessDbContext, int>(db => db.UserRoles.CountAsync()));
    }

    private Task<int> UserCountAsync() => Host.InScopeAsync<AccessDbContext, int>(db => db.Users.CountAsync());
}

public sealed class CreateUserScenariosOnSqlite() : CreateUserScenarios(DatabaseProvider.Sqlite);

public sealed class CreateUserScenariosOnPostgres() : CreateUserScenarios(DatabaseProvider.Postgres);
