using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Mobility.Access.Data;
using Mobility.Access.Authentication;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Access.Tests.Authentication;

public abstract class SignInScenarios(DatabaseProvider provider) : AccessTestBase(provider)
{
    [Fact]
    public async Task The_right_password_signs_in_whatever_the_case_of_the_email()
    {
        var userId = await Host.HostTutorAsync();

        var outcome = await Host.SendAsync(new SignIn("  Jana.Becker@HOST.example ", Given.Password));

        Assert.True(outcome.Succeeded);
        Assert.Equal((userId, "jana.becker@host.example"), (outcome.Viewer!.UserId, outcome.Viewer.Email));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        await Host.HostTutorAsync();

        var wrongPassword = await Host.SendAsync(new SignIn("jana.becker@host.example", "Correct-horse-43"));
        var unknown = await Host.SendAsync(new SignIn("nobody@host.example", Given.Password));

        Assert.Equal(new SignInOutcome(null, SignInFailure.WrongCredentials), wrongPassword);
        Assert.Equal(new SignInOutcome(null, SignInFailure.WrongCredentials), unknown);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_until_the_lockout_ends()
    {
        var userId = await Host.HostTutorAsync();
        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(SignInFailure.WrongCredentials, (await Host.SendAsync(new SignIn("jana.becker@host.example", $"wrong-{i}"))).Failure);
        }

        var fifth = await Host.SendAsync(new SignIn("jana.becker@host.example", "wrong-5"));
        var rightButLocked = await Host.SendAsync(new SignIn("jana.becker@host.example", Given.Password));

        Assert.Equal(SignInFailure.LockedOut, fifth.Failure);
        Assert.Equal(SignInFailure.LockedOut, rightButLocked.Failure);
        Assert.True(rightButLocked.LockedUntil > DateTime.UtcNow.AddMinutes(14), $"Locked until {rightButLocked.LockedUntil:O}.");

        // The lockout ends (moved into the past here): the right password works again and the count starts afresh.
        await Host.InScopeAsync<UserManager<AccessUser>>(async users =>
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(userId.ToString()))!, DateTimeOffset.UtcNow.AddSeconds(-1)));
        Assert.True((await Host.SendAsync(new SignIn("jana.becker@host.example", Given.Password))).Succeeded);
        Assert.Equal(0, await Host.InScopeAsync<AccessDbContext, int>(db => db.Users.Where(u => u.Id == userId).Select(u => u.AccessFailedCount).SingleAsync()));
    }

    [Fact]
    public async Task Passwords_are_stored_as_salted_slow_hashes()
    {
        await Host.HostTutorAsync();
        await Host.HostTutorAsync("other.tutor@host.example");

        var hashes = await Host.InScopeAsync<AccessDbContext, List<string?>>(db => db.Users.Select(u => u.PasswordHash).ToListAsync());

        Assert.All(hashes, h => Assert.DoesNotContain(Given.Password, h!, StringComparison.Ordinal));
        Assert.All(hashes, h => Assert.Equal(0x01, Convert.FromBase64String(h!)[0])); // Identity v3: PBKDF2 with a random salt
        Assert.NotEqual(hashes[0], hashes[1]);
    }
}

public sealed class SignInScenariosOnSqlite() : SignInScenarios(DatabaseProvider.Sqlite);

public sealed class SignInScenariosOnPostgres() : SignInScenarios(DatabaseProvider.Postgres);
