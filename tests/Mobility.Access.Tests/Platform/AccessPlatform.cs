using System.Collections.Concurrent;
using System.Net;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Host;
using Mobility.TestKit;

namespace Mobility.Access.Tests.Platform;

/// <summary>
/// The real host with the demo loaded, on Kestrel at a free loopback port over a fresh SQLite database, shared by the
/// platform scenarios; it keeps what the host logged so a test can read the demo summary.
/// </summary>
public sealed class AccessPlatform : IAsyncLifetime
{
    private WebApplication? _app;
    private TestDatabase? _database;

    public Uri Address { get; private set; } = null!;

    public DatabaseOptions Database => _database!.Options;

    public IServiceProvider Services => _app!.Services;

    public ConcurrentQueue<string> Log { get; } = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _app = await StartAnotherHostAsync(initialise: true);
        Address = AddressOf(_app);
    }

    /// <summary>
    /// A host on this platform's database, as a second host of a cluster would be. Sessions are rebuilt from the
    /// database on every request here (<c>Access:SessionRefresh=0</c>), so the refresh runs in every scenario.
    /// </summary>
    public async Task<WebApplication> StartAnotherHostAsync(bool initialise = false, params string[] settings)
    {
        var app = MobilityApp.Build(
            ["--urls=http://127.0.0.1:0", $"--Database:Provider={Database.Provider}", $"--ConnectionStrings:Mobility={Database.ConnectionString}",
             "--Outbox:Enabled=false", "--Access:SessionRefresh=00:00:00", "--Logging:LogLevel:Default=Information", "--Logging:LogLevel:Microsoft=Warning",
             .. settings],
            builder => builder.Logging.ClearProviders().AddProvider(new QueueLogger(Log)));
        if (initialise)
        {
            await MobilityApp.InitialiseAsync(app, CancellationToken.None);
        }

        await app.StartAsync();
        return app;
    }

    public static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>A client with its own cookie jar that does not follow redirects, so tests see each one.</summary>
    public HttpClient Browser(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private sealed class QueueLogger(ConcurrentQueue<string> log) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

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

[CollectionDefinition(Name)]
public sealed class AccessPlatformCollection : ICollectionFixture<AccessPlatform>
{
    public const string Name = "Access platform";
}
