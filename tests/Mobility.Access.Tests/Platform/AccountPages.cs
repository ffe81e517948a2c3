using System.Net;
using System.Text.RegularExpressions;

namespace Mobility.Access.Tests.Platform;

/// <summary>Drives the account pages as a browser without script would: GET a form, POST it with its antiforgery token.</summary>
internal static partial class AccountPages
{
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password, string? returnUrl = null)
    {
        var form = await browser.GetStringAsync(new Uri("/account/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)), UriKind.Relative));
        return await PostAsync(browser, "/account/login", form, ("email", email), ("password", password), ("returnUrl", Field(form, "returnUrl")));
    }

    /// <summary>Posts a form whose antiforgery token is taken from <paramref name="page"/>.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string page, params (string Name, string Value)[] fields) =>
        browser.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(
            [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", Field(page, "__RequestVerificationToken"))]));

    public static string Field(string page, string name)
    {
        var match = Regex.Match(page, $"name=\"{Regex.Escape(name)}\" value=\"(?<value>[^\"]*)\"");
        Assert.True(match.Success, $"No field {name} in:\n{page}");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    public static string NewToken(string page) => WebUtility.HtmlDecode(NewTokenPattern().Match(page).Groups["token"].Value);

    [GeneratedRegex("<code class=\"secret\" id=\"new-token\">(?<token>[^<]+)</code>")]
    private static partial Regex NewTokenPattern();
}
