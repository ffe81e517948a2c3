using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Mobility.Access.Authentication;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Web;

/// <summary>
/// A session cookie carries the viewer built at sign-in. Every few minutes (<c>Access:SessionRefresh</c>) it is
/// rebuilt from the database, so new or removed roles and memberships, and a deleted user, take effect without
/// waiting for the session to end.
/// </summary>
internal static class SessionRefresh
{
    private const string BuiltAt = "mobility:viewer-built-at";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context, TimeSpan interval)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var builtAt = context.Properties.Items.TryGetValue(BuiltAt, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : DateTimeOffset.MinValue;
        if (now - builtAt < interval)
        {
            return;
        }

        var viewer = Viewer.From(context.Principal);
        var current = viewer.UserId is { } userId
            ? await context.HttpContext.RequestServices.GetRequiredService<ViewerFactory>().ForUserAsync(userId, context.HttpContext.RequestAborted)
            : null;
        if (current is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PlatformAuthentication.CookieScheme);
            return;
        }

        context.ReplacePrincipal(Principal(current));
        Stamp(context.Properties, now);
        context.ShouldRenew = true;
    }

    public static ClaimsPrincipal Principal(Viewer viewer) =>
        new(new ClaimsIdentity(viewer.ToClaims(), PlatformAuthentication.CookieScheme, PlatformClaimTypes.Email, PlatformClaimTypes.Role));

    public static AuthenticationProperties Stamp(AuthenticationProperties properties, DateTimeOffset now)
    {
        properties.Items[BuiltAt] = now.ToString("O", CultureInfo.InvariantCulture);
        return properties;
    }
}
