using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mobility.GraphQL.AspNetCore;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Authorization;

/// <summary>The endpoint hands the request's authenticated user (ASP.NET Core authentication) to the executor.</summary>
public sealed class AuthorizationHttpTests : IAsyncLifetime
{
    private WebApplication? _app;
    private readonly HttpClient _client = new();
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication("Test").AddScheme<AuthenticationSchemeOptions, NameAndRolesBearer>("Test", null);
        var schema = new GraphQLSchemaBuilder().AddQueryType<AuthorizationQueries>().Build();
        builder.Services.AddSingleton(schema).AddSingleton(new GraphQLExecutor(schema));
        _app = builder.Build();
        _app.UseAuthentication();
        _app.MapGraphQL();
        await _app.StartAsync();
        _url = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/graphql");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_authenticated_user_of_the_http_request_reaches_resolvers_and_access_rules()
    {
        Assert.Equal("""{"data":{"whoAmI":"fay","aggregates":"aggregates"}}""", await PostAsync("fay:Funder"));
        Assert.StartsWith("""{"errors":[{"message":"The current user is not authorized""", await PostAsync("sam:SchoolStaff"), StringComparison.Ordinal);
        var anonymous = await PostAsync(token: null);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", anonymous, StringComparison.Ordinal);
        Assert.EndsWith("""{"whoAmI":null,"aggregates":null}}""", anonymous, StringComparison.Ordinal);
    }

    private async Task<string> PostAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _url)
        {
            Content = new StringContent("""{"query":"{ whoAmI aggregates }"}""", Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>"Bearer name:Role1,Role2" signs in as that name with those roles.</summary>
    private sealed class NameAndRolesBearer(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var header = Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var parts = header["Bearer ".Length..].Split(':');
            Claim[] claims = [new(ClaimTypes.Name, parts[0]), .. parts[1].Split(',').Select(r => new Claim(ClaimTypes.Role, r))];
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
        }
    }
}
