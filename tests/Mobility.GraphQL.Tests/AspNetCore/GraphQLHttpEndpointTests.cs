using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL.AspNetCore;
using Mobility.GraphQL.Execution;
using Mobility.GraphQL.Tests.Conformance;

namespace Mobility.GraphQL.Tests.AspNetCore;

public sealed class GraphQLHttpEndpointTests : IAsyncLifetime
{
    private WebApplication? _app;
    private readonly HttpClient _client = new();

    private string Url { get; set; } = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var schema = GraphQLSchema.FromSdl("type Query { hello(name: String): String } type Mutation { touch: Int }", b => b
            .Field("Query", "hello", c => "Hello " + (c.Argument<string>("name") ?? "world"))
            .Field("Mutation", "touch", _ => 1));
        builder.Services.AddSingleton(schema).AddSingleton(new GraphQLExecutor(schema));
        _app = builder.Build();
        _app.MapGraphQL();
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/graphql";
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Post_json_runs_the_query()
    {
        using var response = await _client.PostAsync(new Uri(Url), new StringContent("""{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"Ada"}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"data":{"hello":"Hello Ada"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validation_errors_are_400_under_graphql_response_json_and_200_under_json()
    {
        async Task<HttpStatusCode> Send(string accept)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent("""{"query":"{ nope }"}""", Encoding.UTF8, "application/json") };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
            using var response = await _client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.BadRequest, await Send("application/graphql-response+json"));
        Assert.Equal(HttpStatusCode.OK, await Send("application/json"));
    }

    [Fact]
    public async Task Mutations_over_get_are_405_with_allow()
    {
        using var response = await _client.GetAsync(new Uri(Url + "?query=" + Uri.EscapeDataString("mutation { touch }")));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Other_content_types_are_415()
    {
        using var response = await _client.PostAsync(new Uri(Url), new StringContent("{ hello }", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Get_sdl_answers_the_schema_as_text()
    {
        var sdl = await _client.GetStringAsync(new Uri(Url + "?sdl"));

        Assert.StartsWith("type Query {\n  hello(name: String): String\n}", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graphql_http_audit_passes_all_61_audits()
    {
        var info = new ProcessStartInfo("node", ["audit.js", Url]) { WorkingDirectory = OracleFile.ConformanceDirectory(), RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);

        using var report = JsonDocument.Parse(output);
        var failures = string.Join("\n", report.RootElement.GetProperty("failures").EnumerateArray().Select(f => f.GetString()));
        Assert.True(report.RootElement.GetProperty("counts").GetProperty("ok").GetInt32() == 61, failures);
    }
}
