using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Mobility.GraphQL.GraphiQL.Tests;

/// <summary>Drives Debian's Chromium (never a downloaded browser) against the bundled page.</summary>
public sealed class GraphiQLBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task GraphiQL_runs_a_query_in_a_real_browser_without_leaving_the_loopback_host()
    {
        await using var host = await GraphiQLTestHost.StartAsync();
        var profile = Directory.CreateTempSubdirectory("graphiql-browser-");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(LaunchOptions(profile.FullName));
            await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
            var requests = new ConcurrentQueue<string>();
            context.Request += (_, request) => requests.Enqueue(request.Url);
            var page = await context.NewPageAsync();
            var errors = new ConcurrentQueue<string>();
            page.PageError += (_, error) => errors.Enqueue(error);
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Enqueue(message.Text);
                }
            };

            await page.GotoAsync(new Uri(host.Address, "/graphql").ToString());
            var queryEditor = page.Locator(".graphiql-query-editor .monaco-editor").First;
            await queryEditor.WaitForAsync(new() { Timeout = 30_000 });
            await queryEditor.ClickAsync();
            await page.Keyboard.PressAsync("ControlOrMeta+A");
            await page.Keyboard.PressAsync("Delete");
            await page.Keyboard.TypeAsync("{ hello");
            await page.Locator(".graphiql-execute-button").ClickAsync();

            await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync(StubGraphQL.HelloAnswer, new() { Timeout = 30_000 });
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "graphiql-browser-test.png") });
            Assert.Empty(errors);
            Assert.All(requests, url => Assert.True(IsLocal(url, host.Address), $"The page requested {url}."));
            foreach (var worker in new[] { "/graphql/ui/editor.worker-", "/graphql/ui/json.worker-", "/graphql/ui/graphql.worker-" })
            {
                Assert.Contains(requests, url => url.Contains(worker, StringComparison.Ordinal));
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static BrowserTypeLaunchOptions LaunchOptions(string profile) => new()
    {
        ExecutablePath = Chromium,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        ],
        Env = new Dictionary<string, string>
        {
            ["XDG_CONFIG_HOME"] = Path.Combine(profile, "config"),
            ["XDG_CACHE_HOME"] = Path.Combine(profile, "cache"),
        },
    };

    private static bool IsLocal(string url, Uri host)
    {
        var uri = new Uri(url);
        return uri.Scheme is "data" or "blob" || (uri.Host == host.Host && uri.Port == host.Port);
    }
}
