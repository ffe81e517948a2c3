using System.Net;
using System.Net.Http.Headers;
using Mobility.Access.Demo;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Tests.Platform;

/// <summary>The account pages through the real HTTP pipeline: login form, session cookie, tokens made and revoked by form.</summary>
[Collection(AccessPlatformCollection.Name)]
public sealed class AccountPageScenarios(AccessPlatform platform)
{
    private const string Coordinator = "coordinator@capmob.example";

    [Fact]
    public async Task The_login_page_is_a_plain_accessible_form_with_an_antiforgery_token_and_nothing_from_elsewhere()
    {
        using var browser = platform.Browser();

        using var response = await browser.GetAsync(new Uri("/account/login", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"email\">E-mail</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Password</label>", html, StringComparison.Ordinal);
        Assert.NotEmpty(AccountPages.Field(html, "__RequestVerificationToken"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_shows_a_clear_error_and_opens_no_session()
    {
        var cookies = new CookieContainer();
        using var browser = platform.Browser(cookies);

        using var response = await AccountPages.SignInAsync(browser, Coordinator, "not-the-password");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<div class=\"error\" role=\"alert\" id=\"login-error\">The e-mail or the password is wrong.</div>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Coordinator}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(cookies.GetAllCookies(), c => c.Name == "mobility.session");
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        using var browser = platform.Browser();

        using var response = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(
            [new("email", Coordinator), new("password", AccessDemoSeeder.DefaultPassword)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This form has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_page_needs_a_session_and_sends_the_visitor_to_the_login_form_and_back()
    {
        using var browser = platform.Browser();

        using var anonymous = await browser.GetAsync(new Uri("/account", UriKind.Relative));
        using var signedIn = await AccountPages.SignInAsync(browser, "Coordinator@CAPMOB.example", AccessDemoSeeder.DefaultPassword, "/account");
        var account = await browser.GetStringAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/account/login", anonymous.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account", signedIn.Headers.Location!.OriginalString);
        Assert.Contains($"<dd id=\"account-email\">{Coordinator}</dd>", account, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"account-roles\">ConsortiumCoordinator</dd>", account, StringComparison.Ordinal);
        Assert.Contains("<li>CAPMOB 2.0</li>", account, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        using var browser = platform.Browser();

        using var response = await AccountPages.SignInAsync(browser, Coordinator, AccessDemoSeeder.DefaultPassword, "//evil.example/phish");

        Assert.Equal("/account", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_token_created_on_the_page_is_shown_once_works_for_GraphQL_and_stops_working_when_revoked_on_the_page()
    {
        using var browser = platform.Browser();
        await AccountPages.SignInAsync(browser, "funder@capmob.example", AccessDemoSeeder.DefaultPassword);
        var account = await browser.GetStringAsync(new Uri("/account", UriKind.Relative));

        using var created = await AccountPages.PostAsync(browser, "/account/tokens", account, ("name", "page token"), ("days", "7"));
        var createdPage = await created.Content.ReadAsStringAsync();
        var token = AccountPages.NewToken(createdPage);
        var reloaded = await browser.GetStringAsync(new Uri("/account", UriKind.Relative));
        var me = await GraphQLClient.MeEmailAsync(platform.Address, token);
        var tokenId = System.Text.RegularExpressions.Regex.Match(reloaded, "<tr data-token-id=\"(?<id>[^\"]+)\"><td>page token</td>").Groups["id"].Value;
        using var revoked = await AccountPages.PostAsync(browser, $"/account/tokens/{tokenId}/revoke", reloaded);
        using var refused = await GraphQLClient.PostAsync(platform.Address, "{ me { email } }", token);

        Assert.StartsWith("mob_", token, StringComparison.Ordinal);
        Assert.DoesNotContain(token, reloaded, StringComparison.Ordinal);
        Assert.Equal("funder@capmob.example", me);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("revoked", await browser.GetStringAsync(new Uri("/account", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = platform.Browser();
        await AccountPages.SignInAsync(browser, Coordinator, AccessDemoSeeder.DefaultPassword);
        var account = await browser.GetStringAsync(new Uri("/account", UriKind.Relative));

        using var signedOut = await AccountPages.PostAsync(browser, "/account/logout", account);
        using var after = await browser.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal("/account/login", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_page_says_the_account_is_locked()
    {
        await platform.SendAsync(new CreateUser("locked.tutor@host.example", [PlatformRole.HostTutor], "Correct-horse-42"));
        using var browser = platform.Browser();
        for (var i = 0; i < 5; i++)
        {
            (await AccountPages.SignInAsync(browser, "locked.tutor@host.example", $"wrong-{i}")).Dispose();
        }

        using var response = await AccountPages.SignInAsync(browser, "locked.tutor@host.example", "Correct-horse-42");

        Assert.Contains("Too many wrong passwords: this account is locked until", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task An_API_client_without_a_session_is_told_it_is_not_authenticated_not_redirected_to_the_form()
    {
        using var client = new HttpClient { BaseAddress = platform.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql?query=%7Bme%7Bemail%7D%7D", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"me\":null", body, StringComparison.Ordinal);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", body, StringComparison.Ordinal);
    }
}
