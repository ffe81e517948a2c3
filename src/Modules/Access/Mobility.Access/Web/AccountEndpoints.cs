using MediatR;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Mobility.Access.Authentication;
using Mobility.Access.Tokens;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Web;

/// <summary>
/// The account pages: sign in and out with the session cookie, see who you are, create and revoke API tokens.
/// Plain HTML forms with antiforgery tokens; no script.
/// </summary>
internal static class AccountEndpoints
{
    public const string AccountPath = "/account";
    public const string LoginPath = PlatformAuthentication.LoginPath;
    public const string LogoutPath = "/account/logout";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LoginPath, ShowLogin);
        endpoints.MapPost(LoginPath, LoginAsync);
        endpoints.MapPost(LogoutPath, (Delegate)LogoutAsync);
        endpoints.MapGet(AccountPath, ShowAccountAsync).RequireAuthorization(p => p.AddAuthenticationSchemes(PlatformAuthentication.CookieScheme).RequireAuthenticatedUser());
        endpoints.MapPost(AccountPath + "/tokens", CreateTokenAsync).RequireAuthorization(p => p.AddAuthenticationSchemes(PlatformAuthentication.CookieScheme).RequireAuthenticatedUser());
        endpoints.MapPost(AccountPath + "/tokens/{id:guid}/revoke", RevokeTokenAsync).RequireAuthorization(p => p.AddAuthenticationSchemes(PlatformAuthentication.CookieScheme).RequireAuthenticatedUser());
    }

    private static IResult ShowLogin(HttpContext context, string? returnUrl)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return Results.Redirect(LocalOr(returnUrl));
        }

        return HtmlResult(AccountPages.Login(Antiforgery(context), "", LocalOr(returnUrl), null));
    }

    private static async Task<IResult> LoginAsync(HttpContext context, IMediator mediator)
    {
        if (await RejectForgedAsync(context) is { } forged)
        {
            return forged;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var email = form["email"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = LocalOr(form["returnUrl"]);
        if (email.Length == 0 || password.Length == 0)
        {
            return LoginFailed(context, email, returnUrl, "Enter your e-mail and your password.");
        }

        var outcome = await mediator.Send(new SignIn(email, password), context.RequestAborted);
        if (outcome.Viewer is not { } viewer)
        {
            return LoginFailed(context, email, returnUrl, outcome.Failure == SignInFailure.LockedOut
                ? $"Too many wrong passwords: this account is locked until {outcome.LockedUntil:yyyy-MM-dd HH:mm} UTC."
                : "The e-mail or the password is wrong.");
        }

        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        await context.SignInAsync(PlatformAuthentication.CookieScheme, SessionRefresh.Principal(viewer), SessionRefresh.Stamp(new AuthenticationProperties(), now));
        return Results.Redirect(returnUrl, permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> LogoutAsync(HttpContext context)
    {
        if (await RejectForgedAsync(context) is { } forged)
        {
            return forged;
        }

        await context.SignOutAsync(PlatformAuthentication.CookieScheme);
        return Results.Redirect(LoginPath);
    }

    private static async Task<IResult> ShowAccountAsync(HttpContext context, IMediator mediator)
        => await AccountPageAsync(context, mediator, null, null);

    private static async Task<IResult> CreateTokenAsync(HttpContext context, IMediator mediator)
    {
        if (await RejectForgedAsync(context) is { } forged)
        {
            return forged;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var name = form["name"].ToString();
        int? days = null;
        if (form["days"].ToString() is { Length: > 0 } text)
        {
            if (!int.TryParse(text, out var parsed))
            {
                return await AccountPageAsync(context, mediator, null, $"'{text}' is not a number of days.", StatusCodes.Status400BadRequest);
            }

            days = parsed;
        }

        try
        {
            var viewer = Viewer.From(context.User);
            var created = await mediator.Send(new CreateApiToken(viewer.Email!, name, days), context.RequestAborted);
            return await AccountPageAsync(context, mediator, created, null);
        }
        catch (Exception e) when (e is InvalidInputException or DomainRuleViolationException)
        {
            return await AccountPageAsync(context, mediator, null, e.Message, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> RevokeTokenAsync(HttpContext context, IMediator mediator, Guid id)
    {
        if (await RejectForgedAsync(context) is { } forged)
        {
            return forged;
        }

        try
        {
            await mediator.Send(new RevokeApiToken(id), context.RequestAborted);
            return Results.Redirect(AccountPath);
        }
        catch (Exception e) when (e is NotFoundException or DomainRuleViolationException)
        {
            return await AccountPageAsync(context, mediator, null, e.Message, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> AccountPageAsync(
        HttpContext context, IMediator mediator, CreatedApiToken? created, string? error, int status = StatusCodes.Status200OK)
    {
        var account = await mediator.Send(new GetMyAccount(), context.RequestAborted);
        if (account is null)
        {
            await context.SignOutAsync(PlatformAuthentication.CookieScheme);
            return Results.Redirect(LoginPath);
        }

        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return HtmlResult(AccountPages.Account(Antiforgery(context), account, created, error, now), status);
    }

    private static IResult LoginFailed(HttpContext context, string email, string returnUrl, string error) =>
        HtmlResult(AccountPages.Login(Antiforgery(context), email, returnUrl, error));

    private static async Task<IResult?> RejectForgedAsync(HttpContext context)
    {
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return HtmlResult(AccountPages.Expired(), StatusCodes.Status400BadRequest);
        }
    }

    private static AntiforgeryTokenSet Antiforgery(HttpContext context) =>
        context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);

    /// <summary>Only a path on this site, never another site (open redirect).</summary>
    private static string LocalOr(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : AccountPath;

    private static IResult HtmlResult(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
