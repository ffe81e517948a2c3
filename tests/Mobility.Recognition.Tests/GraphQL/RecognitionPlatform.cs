using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Host;
using Mobility.TestKit;

namespace Mobility.Recognition.Tests.GraphQL;

/// <summary>
/// The whole platform on Kestrel at a free loopback port over a real database, without the demo, its clock set by the
/// test; GraphQL is reached over HTTP with a bearer token per user, as a client would.
/// </summary>
internal sealed partial class RecognitionPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase _database;
    private readonly HttpClient _client;

    private RecognitionPlatform(WebApplication app, TestDatabase database, HttpClient client, FakeClock clock)
    {
        _app = app;
        _database = database;
        _client = client;
        Clock = clock;
    }

    public FakeClock Clock { get; }

    public Uri Address => _client.BaseAddress!;

    public static async Task<RecognitionPlatform> StartAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = FakeClock.At(2026, 9, 1);
        var app = MobilityApp.Build(
            ["--urls=http://127.0.0.1:0", $"--Database:Provider={provider}", $"--ConnectionStrings:Mobility={database.Options.ConnectionString}",
             "--Outbox:Enabled=false", "--Demo:SeedOnEmptyDatabase=false", "--Logging:LogLevel:Default=Warning"],
            builder => builder.Services.AddSingleton<TimeProvider>(clock));
        await MobilityApp.InitialiseAsync(app, CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RecognitionPlatform(app, database, new HttpClient { BaseAddress = new Uri(address) }, clock);
    }

    /// <summary>A use case sent by the platform itself (outside any request), to arrange what the test does not exercise.</summary>
    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public Task<int> DispatchOutboxAsync() => _app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    /// <summary>Posts an operation with the token; returns the whole response (data and errors).</summary>
    public async Task<JsonElement> PostAsync(string token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    /// <summary>Posts an operation that must succeed; returns its data.</summary>
    public async Task<JsonElement> DataAsync(string token, string query, object? variables = null)
    {
        var result = await PostAsync(token, query, variables);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    /// <summary>The first error's code of an operation that must fail.</summary>
    public async Task<string?> ErrorCodeAsync(string token, string query, object? variables = null)
    {
        var result = await PostAsync(token, query, variables);
        Assert.True(result.TryGetProperty("errors", out var errors), result.ToString());
        return errors[0].GetProperty("extensions").GetProperty("code").GetString();
    }

    /// <summary>
    /// Posts a mutation that must succeed and returns its payload's result field; the payload's <c>errors</c> must be
    /// empty. The query selects <c>errors { __typename }</c> at least.
    /// </summary>
    public async Task<JsonElement> MutateAsync(string token, string mutation, string result, string query, object? variables = null)
    {
        var payload = (await DataAsync(token, query, variables)).GetProperty(mutation);
        Assert.True(payload.GetProperty("errors").ValueKind is JsonValueKind.Null || payload.GetProperty("errors").GetArrayLength() == 0,
            $"{mutation} was refused: {payload.GetProperty("errors")}");
        return payload.GetProperty(result);
    }

    /// <summary>The one error a refused mutation lists in its payload, as (typename, code); its result must be null.</summary>
    public async Task<(string? Type, string? Code)> RefusalAsync(string token, string mutation, string result, string query, object? variables = null)
    {
        var payload = (await DataAsync(token, query, variables)).GetProperty(mutation);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(result).ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        return (error.GetProperty("__typename").GetString(), error.TryGetProperty("code", out var code) ? code.GetString() : null);
    }

    /// <summary>A GET with the token (none: anonymous), as a download link would be followed.</summary>
    public async Task<HttpResponseMessage> GetAsync(string? token, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _client.SendAsync(request);
    }

    /// <summary>A browser signed in through the account form: its cookie jar holds the session cookie.</summary>
    public async Task<HttpClient> SignedInBrowserAsync(string email, string password)
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };
        var form = await browser.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var antiforgery = WebUtility.HtmlDecode(AntiforgeryField().Match(form).Groups["value"].Value);
        using var response = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(
            [new("email", email), new("password", password), new("returnUrl", "/account"), new("__RequestVerificationToken", antiforgery)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex AntiforgeryField();

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
