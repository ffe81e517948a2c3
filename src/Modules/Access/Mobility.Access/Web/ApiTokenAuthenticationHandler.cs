using System.Security.Claims;
using System.Text.Encodings.Web;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mobility.Access.Tokens;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Web;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c>: the user whose active token hashes to the presented secret. A missing
/// header is no result (anonymous); an unknown, expired or revoked token fails, and the challenge answers 401 with
/// <c>WWW-Authenticate: Bearer error="invalid_token"</c> (RFC 6750).
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IMediator mediator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!PlatformAuthentication.HasBearerToken(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()[(PlatformAuthentication.BearerScheme.Length + 1)..].Trim();
        if (secret.Length == 0)
        {
            return AuthenticateResult.Fail("The bearer token is empty.");
        }

        var result = await mediator.Send(new AuthenticateApiToken(secret), Context.RequestAborted);
        if (result.Viewer is null)
        {
            return AuthenticateResult.Fail(result.Refusal ?? "The token is refused.");
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(result.Viewer.ToClaims(), Scheme.Name, PlatformClaimTypes.Email, PlatformClaimTypes.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = result.Failure is { } failure
            ? $"Bearer error=\"invalid_token\", error_description=\"{failure.Message.Replace("\"", "'", StringComparison.Ordinal)}\""
            : "Bearer";
    }
}
