using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.Access.Data;

namespace Mobility.Access.Tests.Platform;

/// <summary>
/// Tokens made by the host's command line (a separate process, as an operator runs it) authenticating GraphQL
/// requests to the running host, and refused once revoked.
/// </summary>
[Collection(AccessPlatformCollection.Name)]
public sealed class TokenCommandScenarios(AccessPlatform platform)
{
    [Fact]
    public async Task A_token_from_the_command_line_authenticates_a_GraphQL_request_until_revoked_on_the_command_line()
    {
        var (created, output, error) = await HostProcess.RunAsync(platform.Database, "token", "create", "--email", "coordinator@capmob.example", "--days", "30", "--name", "nightly report");
        var lines = output.TrimEnd('\n').Split('\n');
        var token = lines[^1];

        var data = await GraphQLClient.DataAsync(platform.Address, "{ me { email roles memberships { kind name } apiTokens { name state } } }", token);
        var (revoked, revokeOutput, _) = await HostProcess.RunAsync(platform.Database, "token", "revoke", "--email", "coordinator@capmob.example");
        using var refused = await GraphQLClient.PostAsync(platform.Address, "{ me { email } }", token);

        Assert.Equal(0, created);
        Assert.StartsWith("mob_", token, StringComparison.Ordinal);
        Assert.Equal(1, output.Split(token).Length - 1);
        Assert.DoesNotContain(token, error, StringComparison.Ordinal);
        Assert.Contains("API token 'nightly report'", lines[^2], StringComparison.Ordinal);
        var me = data.GetProperty("me");
        Assert.Equal("coordinator@capmob.example", me.GetProperty("email").GetString());
        Assert.Equal("CONSORTIUM_COORDINATOR", me.GetProperty("roles")[0].GetString());
        Assert.Equal("CAPMOB 2.0", me.GetProperty("memberships")[0].GetProperty("name").GetString());
        Assert.Contains(me.GetProperty("apiTokens").EnumerateArray(), t => t.GetProperty("name").GetString() == "nightly report" && t.GetProperty("state").GetString() == "ACTIVE");
        Assert.Equal(0, revoked);
        Assert.Matches(@"^Revoked [1-9]\d* API tokens? of coordinator@capmob\.example\.\n$", revokeOutput);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.StartsWith("Bearer error=\"invalid_token\"", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("revoked", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--email|nobody@capmob.example", "token create: No user has the e-mail nobody@capmob.example.")]
    [InlineData("--email|funder@capmob.example|--days|ninety", "token create: Option '--days' needs a whole number, not 'ninety'.")]
    [InlineData("--email|funder@capmob.example|--days|400", "token create: CreateApiToken is invalid: days: 'Days' must be between 1 and 366. You entered 400.")]
    [InlineData("--mail|funder@capmob.example", "token create: Unknown option '--mail'; options are --email, --days, --name.")]
    [InlineData("--days|30", "token create: Option '--email' is required.")]
    public async Task Bad_input_gets_one_clear_line_exit_code_2_and_writes_nothing(string arguments, string message)
    {
        var before = await TokenCountAsync();

        var (exitCode, output, _) = await HostProcess.RunAsync(platform.Database, ["token", "create", .. arguments.Split('|')]);

        Assert.Equal(2, exitCode);
        Assert.Equal(message + "\n", output);
        Assert.Equal(before, await TokenCountAsync());
    }

    [Fact]
    public async Task An_unknown_bearer_token_gets_401_with_invalid_token_and_no_token_is_anonymous()
    {
        using var unknown = await GraphQLClient.PostAsync(platform.Address, "{ me { email } }", "mob_" + new string('A', 43));
        using var anonymous = await GraphQLClient.PostAsync(platform.Address, "{ me { email } }");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\", error_description=\"The token is not known.\"", unknown.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Contains("\"code\":\"AUTH_NOT_AUTHENTICATED\"", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signed_in_user_creates_and_revokes_their_tokens_through_GraphQL()
    {
        var (_, output, _) = await HostProcess.RunAsync(platform.Database, "token", "create", "--email", "school.staff@capmob.example");
        var token = output.TrimEnd('\n').Split('\n')[^1];

        var created = (await GraphQLClient.DataAsync(platform.Address,
            "mutation { createApiToken(input: { name: \"spreadsheet\", days: 10 }) { createdApiToken { secret token { id name state expiresAt } } } }", token))
            .GetProperty("createApiToken").GetProperty("createdApiToken");
        var second = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("token").GetProperty("id").GetString();
        var meWithSecond = await GraphQLClient.MeEmailAsync(platform.Address, second);
        var revoked = (await GraphQLClient.DataAsync(platform.Address,
            "mutation($id: UUID!) { revokeApiToken(input: { id: $id }) { apiToken { state revokedAt } } }", token, new { id }))
            .GetProperty("revokeApiToken").GetProperty("apiToken");
        using var refused = await GraphQLClient.PostAsync(platform.Address, "{ me { email } }", second);
        using var anonymous = await GraphQLClient.PostAsync(platform.Address, "mutation { createApiToken(input: { name: \"x\" }) { createdApiToken { secret } } }");

        Assert.Equal("school.staff@capmob.example", meWithSecond);
        Assert.Equal("REVOKED", revoked.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_creates_a_school_staff_user_whose_generated_password_signs_in_and_lists_their_tokens()
    {
        var school = Mobility.BuildingBlocks.Demo.DeterministicGuid.Create("enrolment/organisation/capmob-school-02");

        var (created, output, _) = await HostProcess.RunAsync(platform.Database, "user", "create", "--email", "Referent@School02.example", "--role", "school-staff", "--works-at", school.ToString());
        var password = output.TrimEnd('\n').Split('\n')[^1];
        var signedIn = await platform.SendAsync(new Mobility.Access.Authentication.SignIn("referent@school02.example", password));
        await HostProcess.RunAsync(platform.Database, "token", "create", "--email", "referent@school02.example", "--name", "first");
        var (listed, list, _) = await HostProcess.RunAsync(platform.Database, "token", "list", "--email", "referent@school02.example");
        var (badRole, badRoleOutput, _) = await HostProcess.RunAsync(platform.Database, "user", "create", "--email", "x@school02.example", "--role", "headmaster");
        var (missing, missingOutput, _) = await HostProcess.RunAsync(platform.Database, "user", "create", "--email", "y@school02.example", "--role", "SchoolStaff");

        Assert.Equal((0, 0, 2, 2), (created, listed, badRole, missing));
        Assert.StartsWith("User referent@school02.example (", output, StringComparison.Ordinal);
        Assert.True(signedIn.Succeeded);
        Assert.Equal([school], signedIn.Viewer!.OrganisationIds);
        Assert.Matches(@"^[0-9a-f-]{36}  first  created \d{4}-\d\d-\d\d  expires \d{4}-\d\d-\d\d  last used never  active\n1 API token\.\n$", list);
        Assert.Equal("user create: 'headmaster' is not a role; roles are ConsortiumCoordinator, SchoolStaff, HostTutor, Funder, Learner.\n", badRoleOutput);
        Assert.Equal("user create: A SchoolStaff user needs an organisation they work at.\n", missingOutput);
    }

    private async Task<int> TokenCountAsync()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccessDbContext>().ApiTokens.CountAsync();
    }
}
