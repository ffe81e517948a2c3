using Microsoft.Playwright;
using Mobility.Access.Demo;

namespace Mobility.Access.Tests.Platform;

/// <summary>Debian's Chromium (never a downloaded browser) signs in on the login form and lands on the account page.</summary>
[Collection(AccessPlatformCollection.Name)]
public sealed class BrowserLoginScenarios(AccessPlatform platform)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_person_signs_in_with_the_form_sees_their_account_creates_a_token_and_signs_out()
    {
        var profile = Directory.CreateTempSubdirectory("access-browser-");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(LaunchOptions(profile.FullName));
            var page = await browser.NewPageAsync();

            await page.GotoAsync(new Uri(platform.Address, "/account").ToString());
            await page.GetByLabel("E-mail").FillAsync("coordinator@capmob.example");
            await page.GetByLabel("Password").FillAsync("wrong password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The e-mail or the password is wrong.");

            await page.GetByLabel("Password").FillAsync(AccessDemoSeeder.DefaultPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#account-email")).ToHaveTextAsync("coordinator@capmob.example");
            Assert.EndsWith("/account", page.Url, StringComparison.Ordinal);

            await page.GetByLabel("Name").FillAsync("browser token");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
            var token = await page.Locator("#new-token").InnerTextAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "access-account-page.png"), FullPage = true });
            Assert.Equal("coordinator@capmob.example", await GraphQLClient.MeEmailAsync(platform.Address, token));

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
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
}
