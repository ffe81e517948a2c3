using Microsoft.AspNetCore.Authentication;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Host.Security;

/// <summary>Who is asking, before any endpoint runs: the bearer token or the session cookie (PlatformAuthentication).</summary>
internal static class PlatformAuthenticationPipeline
{
    /// <summary>
    /// Authentication, then a request whose bearer token is refused (unknown, expired, revoked) is answered 401 with
    /// <c>WWW-Authenticate: Bearer error="invalid_token"</c> instead of running anonymously; then authorization.
    /// </summary>
    public static void UsePlatformAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (PlatformAuthentication.HasBearerToken(context.Request) && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(PlatformAuthentication.BearerScheme);
                return;
            }

            await next(context);
        });
        app.UseAuthorization();
    }
}
