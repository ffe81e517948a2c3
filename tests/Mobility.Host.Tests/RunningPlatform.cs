using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mobility.BuildingBlocks.Commands;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.GraphQL.Execution;
using Mobility.TestKit;

namespace Mobility.Host.Tests;

/// <summary>
/// The real host, on Kestrel at a free loopback port, over a real database, reached with a real HttpClient. Requests
/// sign in as the platform's own users with API tokens issued by its <c>token create</c> command; the demo users'
/// e-mails are read from what the demo seed logged.
/// </summary>
public sealed partial class RunningPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase _database;
    private readonly ConcurrentQueue<string> _log;
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.OrdinalIgnoreCase);

    private RunningPlatform(WebApplication app, TestDatabase database, HttpClient client, ConcurrentQueue<string> log)
    {
        _app = app;
        _database = database;
        _log = log;
        Client = client;
    }

    public HttpClient Client { get; }

    public TestDatabase Database => _database;

    public IServiceProvider Services => _app.Services;

    public static async Task<RunningPlatform> StartAsync(DatabaseProvider provider, bool initialise = true, params string[] settings)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var log = new ConcurrentQueue<string>();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Database:Provider={provider}",
            $"--ConnectionStrings:Mobility={database.Options.ConnectionString}",
            "--Outbox:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ];
        var app = MobilityApp.Build(args, builder => builder.Logging.AddProvider(new QueueLogger(log)).AddFilter<QueueLogger>(null, LogLevel.Information));
        if (initialise)
        {
            await MobilityApp.InitialiseAsync(app, CancellationToken.None);
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningPlatform(app, database, new HttpClient { BaseAddress = new Uri(address) }, log);
    }

    /// <summary>The e-mail of the demo user in <paramref name="role"/>, as the demo seed printed it.</summary>
    public string DemoUser(PlatformRole role)
    {
        var summary = _log.LastOrDefault(l => l.Contains("demo users", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The demo seed logged no demo users.");
        return DemoUserEntry().Matches(summary).Single(m => m.Groups["role"].Value == role.ToString()).Groups["email"].Value;
    }

    /// <summary>A token of the demo user in <paramref name="role"/> (one per user and platform).</summary>
    public Task<string> TokenAsync(PlatformRole role) => TokenAsync(DemoUser(role));

    /// <summary>A personal API token of the user with this e-mail, made by <c>token create --email E</c>.</summary>
    public Task<string> TokenAsync(string email) => _tokens.GetOrAdd(email, async e =>
    {
        var output = await RunCommandAsync("token create", "--email", e, "--name", "host tests");
        return output.TrimEnd('\n').Split('\n')[^1];
    });

    /// <summary>Creates a user with <c>user create</c> (options as an operator types them) and returns a token of theirs.</summary>
    public async Task<string> UserWithTokenAsync(string email, params string[] options)
    {
        await RunCommandAsync("user create", ["--email", email, "--password", "Host-tests-2026", .. options]);
        return await TokenAsync(email);
    }

    /// <summary>Runs one of the host's commands as an operator would, against the running platform's database.</summary>
    public async Task<string> RunCommandAsync(string name, params string[] arguments)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<IHostCommand>().Single(c => c.Name == name);
        await using var output = new StringWriter();
        var exitCode = await command.RunAsync(arguments, output, CancellationToken.None);
        Assert.True(exitCode == 0, $"{name} failed: {output}");
        return output.ToString();
    }

    /// <summary>
    /// Runs an operation inside the platform, outside any HTTP request, so its use cases see the platform itself
    /// (<see cref="Viewer.System"/>): how tests arrange data and count what each user should see.
    /// </summary>
    public async Task<JsonElement> AsPlatformAsync(string query, object? variables = null)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "platform")], "platform"));
        var result = await scope.ServiceProvider.GetRequiredService<GraphQLExecutor>().ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : PlainValues.Of(JsonSerializer.SerializeToElement(variables)) as IReadOnlyDictionary<string, object?>,
            Services = scope.ServiceProvider,
            User = principal,
        });
        using var json = JsonDocument.Parse(result.ToUtf8Json());
        Assert.False(json.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return json.RootElement.GetProperty("data").Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [GeneratedRegex(@"(?<email>[^\s,:()]+@[^\s,()]+) \((?<role>\w+)\)")]
    private static partial Regex DemoUserEntry();

    private static class PlainValues
    {
        public static object? Of(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Of(p.Value)),
            JsonValueKind.Array => value.EnumerateArray().Select(Of).ToList(),
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };
    }

    /// <summary>Keeps the platform's own information messages (the demo summary), not the framework's.</summary>
    private sealed class QueueLogger(ConcurrentQueue<string> log) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) =>
            categoryName.StartsWith("Microsoft", StringComparison.Ordinal) || categoryName.StartsWith("System", StringComparison.Ordinal)
                ? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance
                : this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => log.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
