using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Host.Tests;

/// <summary>
/// Signs in the request that carries <see cref="TestHeaderViewerSource.Header"/> with that viewer's claims (the
/// platform, "system", as a user in every role), so the schema's authentication rule sees a user.
/// </summary>
internal sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(TestHeaderViewerSource.Header, out var value))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var viewer = TestViewers.Parse(value.ToString());
        var claims = viewer.IsSystem
            ? Viewer.User(Guid.Empty, "platform@test.example", Enum.GetValues<PlatformRole>()).ToClaims()
            : viewer.ToClaims();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Name));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Name)));
    }
}
