namespace Mobility.BuildingBlocks.Security;

/// <summary>
/// The authentication schemes of the platform. <see cref="Scheme"/> is the default: it forwards to
/// <see cref="BearerScheme"/> when the request carries <c>Authorization: Bearer</c> and to <see cref="CookieScheme"/>
/// otherwise. The Access module registers the handlers; the host sets the default and runs the middleware.
/// </summary>
public static class PlatformAuthentication
{
    public const string Scheme = "Mobility";

    /// <summary>Personal API tokens (<c>Authorization: Bearer mob_...</c>), for GraphQL clients and scripts.</summary>
    public const string BearerScheme = "Bearer";

    /// <summary>The session cookie of the account pages (and of GraphiQL in the same browser).</summary>
    public const string CookieScheme = "Cookies";

    /// <summary>The sign-in page (Access module); pages of other modules send an anonymous browser there.</summary>
    public const string LoginPath = "/account/login";

    /// <summary>Whether the request presents a bearer token, valid or not.</summary>
    public static bool HasBearerToken(Microsoft.AspNetCore.Http.HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerScheme + " ", StringComparison.OrdinalIgnoreCase);
    }
}
