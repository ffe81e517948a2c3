using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Database.Tests;

/// <summary>All of the host's modules on a given database, without HTTP and without initialising anything.</summary>
internal static class PlatformServices
{
    public static ServiceProvider For(DatabaseOptions database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Mobility"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddModules(configuration, Host.Modules.All());
        return services.BuildServiceProvider();
    }

    /// <summary>Runs <paramref name="action"/> with each module's DbContext.</summary>
    public static async Task ForEachStoreAsync(IServiceProvider services, Func<OutboxSource, DbContext, Task> action)
    {
        foreach (var store in services.GetServices<OutboxSource>())
        {
            await using var scope = services.CreateAsyncScope();
            await action(store, (DbContext)scope.ServiceProvider.GetRequiredService(store.ContextType));
        }
    }
}
