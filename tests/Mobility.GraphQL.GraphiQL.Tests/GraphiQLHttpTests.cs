using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;

namespace Mobility.GraphQL.GraphiQL.Tests;

public sealed partial class GraphiQLHttpTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task A_browser_navigation_to_the_endpoint_gets_the_GraphiQL_page()
    {
        await using var host = await GraphiQLTestHost.StartAsync();

        using var response = await host.Client.SendAsync(BrowserGet("/graphql"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<base href=\"/graphql/ui/\">", html, StringComparison.Ordinal);
        Assert.Contains("data-endpoint=\"/graphql\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_points_at_its_own_endpoint_under_the_application_path_base()
    {
        await using var host = await GraphiQLTestHost.StartAsync(app =>
        {
            app.UsePathBase("/mobility");
            app.UseGraphiQL("/api/graphql/", options => options.Title = "Mobility <API>");
        });
        var asset = GraphiQLAssets.Shared.Files.Keys.First();

        using var page = await host.Client.SendAsync(BrowserGet("/mobility/api/graphql"));
        using var file = await host.Client.GetAsync(new Uri("/mobility/api/graphql/ui/" + asset, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Contains("<base href=\"/mobility/api/graphql/ui/\">", html, StringComparison.Ordinal);
        Assert.Contains("data-endpoint=\"/mobility/api/graphql\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Mobility &lt;API&gt;</title>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
    }

    [Fact]
    public async Task The_page_links_a_script_and_a_stylesheet_that_are_served()
    {
        await using var host = await GraphiQLTestHost.StartAsync();
        using var page = await host.Client.SendAsync(BrowserGet("/graphql"));
        var html = await page.Content.ReadAsStringAsync();

        var links = LinkPattern().Matches(html).Select(match => match.Groups["file"].Value).ToList();

        Assert.Contains(links, link => link.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(links, link => link.EndsWith(".css", StringComparison.Ordinal));
        foreach (var link in links)
        {
            using var asset = await host.Client.GetAsync(new Uri("/graphql/ui/" + link, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
    }

    [Fact]
    public async Task Every_bundled_file_is_served_with_its_content_type_and_long_cache_headers()
    {
        await using var host = await GraphiQLTestHost.StartAsync();
        var files = GraphiQLAssets.Shared.Files;

        foreach (var prefix in new[] { "app-", "editor.worker-", "json.worker-", "graphql.worker-", "codicon-" })
        {
            Assert.Contains(files.Keys, name => name.StartsWith(prefix, StringComparison.Ordinal));
        }

        foreach (var (name, asset) in files)
        {
            using var response = await host.Client.GetAsync(new Uri("/graphql/ui/" + name, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(ExpectedMediaType(name), response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(asset.Length, body.Length);
            Assert.Equal(asset.ETag, response.Headers.ETag?.Tag);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
            Assert.True(response.Headers.CacheControl?.Public);
        }
    }

    [Fact]
    public async Task No_served_file_refers_to_a_CDN()
    {
        await using var host = await GraphiQLTestHost.StartAsync();
        using var page = await host.Client.SendAsync(BrowserGet("/graphql"));
        var bodies = new List<string> { await page.Content.ReadAsStringAsync() };
        foreach (var name in GraphiQLAssets.Shared.Files.Keys)
        {
            var bytes = await host.Client.GetByteArrayAsync(new Uri("/graphql/ui/" + name, UriKind.Relative));
            bodies.Add(Encoding.Latin1.GetString(bytes));
        }

        Assert.All(bodies, body => Assert.DoesNotMatch(CdnPattern(), body));
    }

    [Fact]
    public async Task A_request_carrying_the_current_etag_gets_not_modified()
    {
        await using var host = await GraphiQLTestHost.StartAsync();
        var (name, asset) = GraphiQLAssets.Shared.Files.First();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql/ui/" + name, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(asset.ETag));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_POST_to_the_endpoint_reaches_the_GraphQL_handler()
    {
        await using var host = await GraphiQLTestHost.StartAsync();
        using var content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = content };
        request.Headers.Accept.ParseAdd(BrowserAccept);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(StubGraphQL.HelloAnswer, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql", "application/json")]
    [InlineData("/graphql", "*/*")]
    [InlineData("/graphql?query=%7Bhello%7D", BrowserAccept)]
    [InlineData("/graphql?sdl", BrowserAccept)]
    public async Task A_GET_that_is_not_a_browser_navigation_reaches_the_GraphQL_handler(string path, string accept)
    {
        await using var host = await GraphiQLTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd(accept);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(StubGraphQL.GetAnswer, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_file_in_the_asset_folder_is_left_to_the_next_handler()
    {
        await using var host = await GraphiQLTestHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri("/graphql/ui/missing.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Switching_the_IDE_off_in_configuration_leaves_the_endpoint_alone()
    {
        await using var host = await GraphiQLTestHost.StartAsync("--GraphQL:Ide:Enabled=false");
        var asset = GraphiQLAssets.Shared.Files.Keys.First();

        using var page = await host.Client.SendAsync(BrowserGet("/graphql"));
        using var file = await host.Client.GetAsync(new Uri("/graphql/ui/" + asset, UriKind.Relative));

        Assert.Equal(StubGraphQL.GetAnswer, await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd(BrowserAccept);
        return request;
    }

    private static string ExpectedMediaType(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript",
        ".css" => "text/css",
        ".ttf" => "font/ttf",
        var other => throw new InvalidOperationException($"Unexpected bundled file type {other}."),
    };

    [GeneratedRegex("(?:href|src)=\"(?<file>[\\w.-]+\\.(?:js|css))\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"https?://(?:[\w-]+\.)*(?:esm\.sh|unpkg\.com|jsdelivr\.net|cdnjs\.cloudflare\.com|skypack\.dev|jspm\.io|esm\.run|fonts\.googleapis\.com)", RegexOptions.IgnoreCase)]
    private static partial Regex CdnPattern();
}
