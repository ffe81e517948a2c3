using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Web;

/// <summary>The platform's schemes: bearer API tokens, the session cookie of the account pages, and the policy that picks one.</summary>
internal static class AccessAuthentication
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var lifetime = configuration.GetValue("Access:SessionLifetime", TimeSpan.FromHours(8));
        var refresh = configuration.GetValue("Access:SessionRefresh", TimeSpan.FromMinutes(5));
        services.AddAuthentication()
            .AddPolicyScheme(PlatformAuthentication.Scheme, "API token or session cookie", options =>
                options.ForwardDefaultSelector = context => PlatformAuthentication.HasBearerToken(context.Request)
                    ? PlatformAuthentication.BearerScheme
                    : PlatformAuthentication.CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(PlatformAuthentication.BearerScheme, null)
            .AddCookie(PlatformAuthentication.CookieScheme, options =>
            {
                options.LoginPath = AccountEndpoints.LoginPath;
                options.LogoutPath = AccountEndpoints.LogoutPath;
                options.AccessDeniedPath = AccountEndpoints.AccountPath;
                options.Cookie.Name = "mobility.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = lifetime;
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = context => SessionRefresh.ValidateAsync(context, refresh);
                options.Events.OnRedirectToLogin = context => RedirectOnlyPages(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RedirectOnlyPages(context, StatusCodes.Status403Forbidden);
            });
    }

    /// <summary>Pages send the browser to the login form; an API client gets a status code, not an HTML redirect.</summary>
    private static Task RedirectOnlyPages(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(AccountEndpoints.AccountPath, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
