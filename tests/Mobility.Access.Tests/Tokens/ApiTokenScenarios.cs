using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Mobility.Access.Data;
using Mobility.Access.Tokens;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.TestKit;

namespace Mobility.Access.Tests.Tokens;

public abstract class ApiTokenScenarios(DatabaseProvider provider) : AccessTestBase(provider)
{
    [Fact]
    public async Task The_token_table_holds_only_a_hash_of_the_secret_never_the_secret()
    {
        await Host.HostTutorAsync();
        var created = await Host.SendAsync(new CreateApiToken("jana.becker@host.example", "reporting script", 30));

        var rows = await RowsAsync("api_tokens");

        var row = Assert.Single(rows);
        var randomPart = created.Secret[ApiTokenSecret.Prefix.Length..];
        Assert.True(randomPart.Length >= 43, "A secret carries at least 256 random bits (43 base64url characters).");
        Assert.DoesNotContain(row, value => value.Contains(randomPart[..12], StringComparison.Ordinal));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(created.Secret))), row);
    }

    [Fact]
    public async Task A_token_authenticates_as_its_user_and_records_when_it_was_last_used()
    {
        var userId = await Host.HostTutorAsync();
        var created = await Host.SendAsync(new CreateApiToken("JANA.becker@host.example"));

        var result = await Host.SendAsync(new AuthenticateApiToken(created.Secret));

        Assert.Null(result.Refusal);
        Assert.Equal(Viewer.User(userId, "jana.becker@host.example", [PlatformRole.HostTutor]), result.Viewer,
            ViewerComparer.Instance);
        var token = Assert.Single(await Host.SendAsync(new ListApiTokens("jana.becker@host.example")));
        Assert.Equal(Host.Clock.Now.UtcDateTime, token.LastUsedAt);
        Assert.Equal(Host.Clock.Now.UtcDateTime.AddDays(ApiToken.DefaultDays), token.ExpiresAt);
    }

    [Fact]
    public async Task An_expired_token_is_refused_from_the_moment_it_expires()
    {
        await Host.HostTutorAsync();
        var created = await Host.SendAsync(new CreateApiToken("jana.becker@host.example", "short", 2));

        Host.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
        var justBefore = await Host.SendAsync(new AuthenticateApiToken(created.Secret));
        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var atExpiry = await Host.SendAsync(new AuthenticateApiToken(created.Secret));

        Assert.NotNull(justBefore.Viewer);
        Assert.Null(atExpiry.Viewer);
        Assert.StartsWith("The token expired on", atExpiry.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_and_cannot_be_revoked_twice()
    {
        await Host.HostTutorAsync();
        var kept = await Host.SendAsync(new CreateApiToken("jana.becker@host.example", "kept"));
        var revoked = await Host.SendAsync(new CreateApiToken("jana.becker@host.example", "revoked"));

        await Host.SendAsync(new RevokeApiToken(revoked.Id));

        Assert.StartsWith("The token was revoked on", (await Host.SendAsync(new AuthenticateApiToken(revoked.Secret))).Refusal, StringComparison.Ordinal);
        Assert.NotNull((await Host.SendAsync(new AuthenticateApiToken(kept.Secret))).Viewer);
        await DomainAssert.ViolatesAsync("TOKEN_ALREADY_REVOKED", () => Host.SendAsync(new RevokeApiToken(revoked.Id)));
    }

    [Fact]
    public async Task Revoking_all_of_a_users_tokens_leaves_other_users_tokens_working()
    {
        await Host.HostTutorAsync();
        await Host.HostTutorAsync("other.tutor@host.example");
        var first = await Host.SendAsync(new CreateApiToken("jana.becker@host.example", "one"));
        var second = await Host.SendAsync(new CreateApiToken("jana.becker@host.example", "two"));
        var other = await Host.SendAsync(new CreateApiToken("other.tutor@host.example", "other"));

        Assert.Equal(2, await Host.SendAsync(new RevokeAllApiTokens("jana.becker@host.example")));

        Assert.Null((await Host.SendAsync(new AuthenticateApiToken(first.Secret))).Viewer);
        Assert.Null((await Host.SendAsync(new AuthenticateApiToken(second.Secret))).Viewer);
        Assert.NotNull((await Host.SendAsync(new AuthenticateApiToken(other.Secret))).Viewer);
        Assert.Equal(0, await Host.SendAsync(new RevokeAllApiTokens("jana.becker@host.example")));
    }

    [Fact]
    public async Task An_unknown_or_tampered_token_is_refused()
    {
        await Host.HostTutorAsync();
        var created = await Host.SendAsync(new CreateApiToken("jana.becker@host.example"));
        var tampered = created.Secret[..^1] + (created.Secret[^1] == 'A' ? 'B' : 'A');

        Assert.Equal("The token is not known.", (await Host.SendAsync(new AuthenticateApiToken(tampered))).Refusal);
    }

    [Fact]
    public async Task A_user_manages_only_their_own_tokens()
    {
        var jana = await Host.HostTutorAsync();
        var other = await Host.HostTutorAsync("other.tutor@host.example");
        var janasToken = await Host.SendAsync(new CreateApiToken("jana.becker@host.example"));
        var asOther = Given.As(other, "other.tutor@host.example");

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(asOther, new RevokeApiToken(janasToken.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(asOther, new CreateApiToken("jana.becker@host.example")));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(asOther, new ListApiTokens("jana.becker@host.example")));
        var own = await Host.SendAsync(Given.As(jana, "jana.becker@host.example"), new RevokeApiToken(janasToken.Id));
        Assert.NotNull(own.RevokedAt);
    }

    [Fact]
    public async Task A_lifetime_outside_one_to_366_days_or_an_unknown_user_is_refused_and_nothing_is_stored()
    {
        await Host.HostTutorAsync();

        await DomainAssert.RejectsAsync("days", "InclusiveBetween", () => Host.SendAsync(new CreateApiToken("jana.becker@host.example", "x", 0)));
        await DomainAssert.RejectsAsync("days", "InclusiveBetween", () => Host.SendAsync(new CreateApiToken("jana.becker@host.example", "x", 367)));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new CreateApiToken("nobody@host.example")));

        Assert.Empty(await RowsAsync("api_tokens"));
    }

    private async Task<List<string[]>> RowsAsync(string table) =>
        await Host.InScopeAsync<AccessDbContext, List<string[]>>(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = db.Database.IsNpgsql() ? $"SELECT * FROM access.{table}" : $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            return await ReadAllAsync(reader);
        });

    private static async Task<List<string[]>> ReadAllAsync(DbDataReader reader)
    {
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
        }

        return rows;
    }
}

public sealed class ApiTokenScenariosOnSqlite() : ApiTokenScenarios(DatabaseProvider.Sqlite);

public sealed class ApiTokenScenariosOnPostgres() : ApiTokenScenarios(DatabaseProvider.Postgres);
