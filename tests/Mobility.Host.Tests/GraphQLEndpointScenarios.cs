using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.TestKit;

namespace Mobility.Host.Tests;

/// <summary>One running platform on SQLite with the demo, shared by the tests that only read, and its coordinator's token.</summary>
public sealed class DemoPlatform : IAsyncLifetime
{
    public RunningPlatform Platform { get; private set; } = null!;

    public string CoordinatorToken { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Platform = await RunningPlatform.StartAsync(DatabaseProvider.Sqlite);
        CoordinatorToken = await Platform.TokenAsync(PlatformRole.ConsortiumCoordinator);
    }

    public Task DisposeAsync() => Platform.DisposeAsync().AsTask();
}

public sealed partial class GraphQLEndpointScenarios(DemoPlatform demo) : IClassFixture<DemoPlatform>
{
    private HttpClient Client => demo.Platform.Client;

    [Fact]
    public async Task Get_sdl_answers_the_whole_platform_schema_which_matches_the_golden_copy()
    {
        var sdl = await Client.GetStringAsync(new Uri("/graphql?sdl", UriKind.Relative));

        GoldenFile.AssertMatches("docs/schema.graphql", sdl);
    }

    [Fact]
    public async Task Enrolment_fields_answer_from_the_demo_consortia()
    {
        using var result = await GraphQLRequests.PostAsync(Client, """
            { consortia { name coordinator { name kind } members { joinedOn organisation { country } } }
              qualifications { eqfLevel units { code isOptional } } }
            """, token: demo.CoordinatorToken);

        Assert.Equal("", GraphQLRequests.Errors(result));
        var consortia = result.RootElement.GetProperty("data").GetProperty("consortia");
        Assert.Contains(consortia.EnumerateArray(), c => c.GetProperty("name").GetString() == "CAPMOB 2.0");
        Assert.NotEqual(0, result.RootElement.GetProperty("data").GetProperty("qualifications")[0].GetProperty("units").GetArrayLength());
    }

    [Fact]
    public async Task Cost_is_reported_in_extensions_and_deep_or_costly_operations_are_refused()
    {
        using var reported = await GraphQLRequests.PostAsync(Client, "{ qualifications { nationalName } }", cost: "report", token: demo.CoordinatorToken);
        using var costly = await GraphQLRequests.PostAsync(Client,
            "{ consortia { members { organisation { sentPlacements { hostOrganisation { name } } } } } }", token: demo.CoordinatorToken);

        Assert.Equal(1, reported.RootElement.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
        Assert.Equal("LIMIT_EXCEEDED", costly.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_browser_gets_GraphiQL_with_its_assets_from_the_host_itself()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var page = await Client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        var assetBase = BaseHref().Match(html);
        var script = Script().Match(html);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.True(assetBase.Success && script.Success, html);
        Assert.Equal("/graphql/ui/", assetBase.Groups["href"].Value);
        Assert.Contains("data-endpoint=\"/graphql\"", html, StringComparison.Ordinal);
        using var asset = await Client.GetAsync(new Uri(assetBase.Groups["href"].Value + script.Groups["src"].Value, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
    }

    [Fact]
    public async Task Graphql_http_audit_against_the_live_host_passes_61_of_61_signed_in_with_an_API_token()
    {
        var url = new Uri(Client.BaseAddress!, "/graphql").ToString();
        var info = new ProcessStartInfo("node", ["audit.js", url, demo.CoordinatorToken])
        {
            WorkingDirectory = Path.Combine(GoldenFile.RepositoryRoot(), "tests", "graphql-conformance"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);

        using var report = JsonDocument.Parse(output);
        var failures = string.Join("\n", report.RootElement.GetProperty("failures").EnumerateArray().Select(f => f.GetString()));
        Assert.True(report.RootElement.GetProperty("counts").GetProperty("ok").GetInt32() == 61, failures);
    }

    [GeneratedRegex("<base href=\"(?<href>[^\"]+)\"")]
    private static partial Regex BaseHref();

    [GeneratedRegex("<script[^>]*src=\"(?<src>[^\"]+)\"")]
    private static partial Regex Script();
}
