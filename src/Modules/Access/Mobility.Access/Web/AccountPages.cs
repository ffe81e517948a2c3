using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Mobility.Access.Tokens;
using Mobility.Access.Users;
using static Mobility.Access.Web.Html;

namespace Mobility.Access.Web;

/// <summary>The HTML of the account pages.</summary>
internal static class AccountPages
{
    public static string Login(AntiforgeryTokenSet antiforgery, string email, string returnUrl, string? error)
    {
        var body = new StringBuilder("<h1>Sign in</h1>\n");
        if (error is not null)
        {
            body.Append("<div class=\"error\" role=\"alert\" id=\"login-error\">").Append(E(error)).Append("</div>\n");
        }

        var invalid = error is null ? "" : " aria-invalid=\"true\" aria-describedby=\"login-error\"";
        body.Append("<form class=\"card\" method=\"post\" action=\"").Append(AccountEndpoints.LoginPath).Append("\">\n")
            .Append(AntiforgeryField(antiforgery))
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(E(returnUrl)).Append("\">\n")
            .Append("<label for=\"email\">E-mail</label>\n")
            .Append("<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required value=\"").Append(E(email)).Append('"').Append(invalid).Append(">\n")
            .Append("<label for=\"password\">Password</label>\n")
            .Append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required").Append(invalid).Append(">\n")
            .Append("<button type=\"submit\">Sign in</button>\n</form>");
        return Page("Sign in", body.ToString());
    }

    public static string Account(AntiforgeryTokenSet antiforgery, Account account, CreatedApiToken? created, string? error, DateTime now)
    {
        var body = new StringBuilder("<h1>Your account</h1>\n");
        if (error is not null)
        {
            body.Append("<div class=\"error\" role=\"alert\">").Append(E(error)).Append("</div>\n");
        }

        body.Append("<section aria-labelledby=\"who\">\n<h2 id=\"who\">Who you are</h2>\n<dl>\n")
            .Append("<dt>E-mail</dt><dd id=\"account-email\">").Append(E(account.Email)).Append("</dd>\n")
            .Append("<dt>Roles</dt><dd id=\"account-roles\">").Append(E(string.Join(", ", account.Roles))).Append("</dd>\n");
        foreach (var group in account.Memberships.GroupBy(m => m.Kind))
        {
            body.Append("<dt>").Append(E(Label(group.Key))).Append("</dt><dd><ul>");
            foreach (var membership in group)
            {
                body.Append("<li>").Append(E(membership.Name)).Append("</li>");
            }

            body.Append("</ul></dd>\n");
        }

        if (account.LearnerId is { } learnerId)
        {
            body.Append("<dt>Learner</dt><dd>").Append(learnerId).Append("</dd>\n");
        }

        if (account.StaffMemberId is { } staffId)
        {
            body.Append("<dt>Staff member</dt><dd>").Append(staffId).Append("</dd>\n");
        }

        body.Append("</dl>\n</section>\n");
        AppendTokens(body, antiforgery, account, created, now);
        return Page("Your account", body.ToString(), SignOutForm(antiforgery));
    }

    public static string Expired() => Page("Form expired",
        "<h1>This form has expired</h1>\n<div class=\"error\" role=\"alert\">The page was open too long or came from elsewhere. " +
        "<a href=\"" + AccountEndpoints.AccountPath + "\">Open it again</a> and repeat.</div>");

    private static void AppendTokens(StringBuilder body, AntiforgeryTokenSet antiforgery, Account account, CreatedApiToken? created, DateTime now)
    {
        body.Append("<section aria-labelledby=\"tokens\">\n<h2 id=\"tokens\">API tokens</h2>\n")
            .Append("<p>Send one as <code>Authorization: Bearer &lt;token&gt;</code> to <code>/graphql</code>.</p>\n");
        if (created is not null)
        {
            body.Append("<div class=\"notice\" role=\"status\"><p>Token <strong>").Append(E(created.Name))
                .Append("</strong> created. Copy it now: it is shown only this once.</p>\n<code class=\"secret\" id=\"new-token\">")
                .Append(E(created.Secret)).Append("</code></div>\n");
        }

        if (account.ApiTokens.Count == 0)
        {
            body.Append("<p>You have no API tokens.</p>\n");
        }
        else
        {
            body.Append("<table>\n<caption class=\"visually-hidden\">Your API tokens</caption>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Created</th>")
                .Append("<th scope=\"col\">Expires</th><th scope=\"col\">Last used</th><th scope=\"col\">Status</th><th scope=\"col\"><span hidden>Action</span></th></tr></thead>\n<tbody>\n");
            foreach (var token in account.ApiTokens)
            {
                var state = token.StateAt(now);
                body.Append("<tr data-token-id=\"").Append(token.Id).Append("\"><td>").Append(E(token.Name)).Append("</td><td>")
                    .Append(Date(token.CreatedAt)).Append("</td><td>").Append(Date(token.ExpiresAt)).Append("</td><td>")
                    .Append(token.LastUsedAt is { } used ? Date(used) : "never").Append("</td><td>")
                    .Append(state == ApiTokenState.Revoked ? $"revoked {Date(token.RevokedAt!.Value)}" : state.ToString().ToLowerInvariant())
                    .Append("</td><td>");
                if (state != ApiTokenState.Revoked)
                {
                    body.Append("<form method=\"post\" action=\"").Append(AccountEndpoints.AccountPath).Append("/tokens/").Append(token.Id).Append("/revoke\">")
                        .Append(AntiforgeryField(antiforgery))
                        .Append("<button class=\"danger\" type=\"submit\" aria-label=\"Revoke token ").Append(E(token.Name)).Append("\">Revoke</button></form>");
                }

                body.Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n");
        }

        body.Append("</section>\n<form class=\"card\" method=\"post\" action=\"").Append(AccountEndpoints.AccountPath).Append("/tokens\" aria-labelledby=\"create\">\n")
            .Append("<h2 id=\"create\">Create an API token</h2>\n")
            .Append(AntiforgeryField(antiforgery))
            .Append("<label for=\"token-name\">Name</label>\n<input id=\"token-name\" name=\"name\" maxlength=\"").Append(ApiToken.MaxNameLength).Append("\" required placeholder=\"e.g. reporting script\">\n")
            .Append("<label for=\"token-days\">Valid for (days)</label>\n<input id=\"token-days\" name=\"days\" type=\"number\" min=\"1\" max=\"").Append(ApiToken.MaxDays)
            .Append("\" value=\"").Append(ApiToken.DefaultDays).Append("\">\n<button type=\"submit\">Create token</button>\n</form>");
    }

    private static string SignOutForm(AntiforgeryTokenSet antiforgery) =>
        $"<form method=\"post\" action=\"{AccountEndpoints.LogoutPath}\">{AntiforgeryField(antiforgery)}<button class=\"secondary\" type=\"submit\">Sign out</button></form>";

    private static string AntiforgeryField(AntiforgeryTokenSet antiforgery) =>
        $"<input type=\"hidden\" name=\"{E(antiforgery.FormFieldName)}\" value=\"{E(antiforgery.RequestToken)}\">\n";

    private static string Date(DateTime instant) => instant.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Label(MembershipKind kind) => kind switch
    {
        MembershipKind.Coordinates => "Coordinates",
        MembershipKind.WorksAt => "Works at",
        _ => "Funds",
    };
}
