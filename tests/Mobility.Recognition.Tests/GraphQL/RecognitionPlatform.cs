using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
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
internal sealed class RecognitionPlatform : IAsyncDisposable
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

    /// <summary>A use case sent by the platform itself (outside any request), for what no GraphQL field offers yet.</summary>
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

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
