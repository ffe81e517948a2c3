using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Scheduling;
using Mobility.BuildingBlocks.Security;

namespace Mobility.BuildingBlocks.Modules;

public static class ModuleHostingExtensions
{
    /// <summary>Registers the shared kernel and then each module, in the order given.</summary>
    public static IServiceCollection AddModules(
        this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IModule> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var duplicate = modules.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two modules are named '{duplicate.Key}'.");
        }

        var database = DatabaseOptions.FromConfiguration(configuration);
        services.AddSingleton(database);
        services.AddSingleton(new ModuleCatalog(modules));
        services.TryAddSingleton(TimeProvider.System);
        services.AddIntegrationEvents();
        services.AddViewer();

        var context = new ModuleContext(configuration, database);
        foreach (var module in modules)
        {
            module.AddServices(services, context);
        }

        services.AddPlatformScheduler(configuration, database, modules);

        return services;
    }

    /// <summary>Initialises every module in order: schema first, nothing else.</summary>
    public static async Task InitialiseModulesAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.Modules)
        {
            await module.InitialiseAsync(services, cancellationToken);
        }

        await SchedulingRegistration.PrepareStoreAsync(services.GetRequiredService<DatabaseOptions>(), cancellationToken);
    }
}
