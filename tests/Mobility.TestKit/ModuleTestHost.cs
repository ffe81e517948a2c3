using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;

namespace Mobility.TestKit;

/// <summary>
/// The modules under test composed exactly as the host composes them, on a real database, without HTTP.
/// Use cases are sent through MediatR in a fresh scope each time, as a request would.
/// </summary>
public sealed class ModuleTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TestDatabase _database;

    private ModuleTestHost(ServiceProvider services, TestDatabase database, FakeClock clock)
    {
        _services = services;
        _database = database;
        Clock = clock;
    }

    public IServiceProvider Services => _services;

    public FakeClock Clock { get; }

    public DatabaseProvider Provider => _database.Provider;

    public DatabaseOptions Database => _database.Options;

    public static async Task<ModuleTestHost> StartAsync(
        DatabaseProvider provider, IReadOnlyList<IModule> modules, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Mobility"] = database.Options.ConnectionString,
            ["Outbox:Enabled"] = "false",
        }).Build();
        var clock = FakeClock.At(2026, 9, 1);
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IViewerSource>(new TestViewerSource());
        services.AddSingleton<IConfiguration>(configuration);
        services.AddModules(configuration, modules);
        services.AddSingleton<TimeProvider>(clock);
        configure?.Invoke(services);
        var serviceProvider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await serviceProvider.InitialiseModulesAsync(CancellationToken.None);
        return new ModuleTestHost(serviceProvider, database, clock);
    }

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Sends a use case as the given user would (a fresh scope whose <see cref="Viewer"/> is that user).</summary>
    public async Task<TResponse> SendAsync<TResponse>(Viewer viewer, IRequest<TResponse> request)
    {
        using (TestViewerSource.Use(viewer))
        {
            return await SendAsync(request);
        }
    }

    /// <summary>Runs code against a service (typically the module's DbContext) in a fresh scope.</summary>
    public async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task InScopeAsync<TService>(Func<TService, Task> action)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<int> DispatchOutboxAsync() => _services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
