using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.Access.Data;
using Mobility.Access.Users;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Access.Tests.Platform;

/// <summary>Sessions outlive neither their user nor a single host: keys are shared through the database.</summary>
[Collection(AccessPlatformCollection.Name)]
public sealed class SessionScenarios(AccessPlatform platform)
{
    [Fact]
    public async Task A_session_opened_on_one_host_is_honoured_by_another_host_of_the_same_database()
    {
        var cookies = new CookieContainer();
        using var first = platform.Browser(cookies);
        await AccountPages.SignInAsync(first, "funder@capmob.example", Demo.AccessDemoSeeder.DefaultPassword);
        await using var second = await platform.StartAnotherHostAsync();
        var secondAddress = AccessPlatform.AddressOf(second);
        foreach (Cookie cookie in cookies.GetCookies(platform.Address))
        {
            cookies.Add(secondAddress, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        using var onSecond = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = secondAddress };
        using var response = await onSecond.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("funder@capmob.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(0, await CountAsync(db => db.DataProtectionKeys.CountAsync()));
        await second.StopAsync();
    }

    [Fact]
    public async Task The_session_of_a_user_who_no_longer_exists_ends_at_its_next_refresh()
    {
        var id = await platform.SendAsync(new CreateUser("leaving.tutor@host.example", [PlatformRole.HostTutor], "Correct-horse-42"));
        using var browser = platform.Browser();
        await AccountPages.SignInAsync(browser, "leaving.tutor@host.example", "Correct-horse-42");
        using var before = await browser.GetAsync(new Uri("/account", UriKind.Relative));

        await CountAsync(db => db.Users.Where(u => u.Id == id).ExecuteDeleteAsync());
        using var after = await browser.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/login", after.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Behind_a_TLS_proxy_the_session_cookie_is_secure_only_when_forwarded_headers_are_enabled(bool forwardedHeaders, bool secure)
    {
        await using var host = await platform.StartAnotherHostAsync(false, $"--Proxy:ForwardedHeaders={forwardedHeaders}");
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = AccessPlatform.AddressOf(host) };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var form = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        var page = await form.Content.ReadAsStringAsync();
        var antiforgery = form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = "funder@capmob.example",
                ["password"] = Demo.AccessDemoSeeder.DefaultPassword,
                ["returnUrl"] = AccountPages.Field(page, "returnUrl"),
                ["__RequestVerificationToken"] = AccountPages.Field(page, "__RequestVerificationToken"),
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgery));
        using var signedIn = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => !c.Contains("Antiforgery", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(secure, session.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        await host.StopAsync();
    }

    private async Task<int> CountAsync(Func<AccessDbContext, Task<int>> action)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AccessDbContext>());
    }
}
