using Microsoft.Extensions.DependencyInjection;

namespace Mobility.BuildingBlocks.Modules;

/// <summary>
/// The one contract every module implements. The host composes modules through it and nothing else.
/// </summary>
public interface IModule
{
    /// <summary>Lower-case name: database schema, configuration section, job group, log scope.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, ModuleContext context);

    /// <summary>Creates or upgrades the module's schema. Idempotent; safe when several hosts start at once.</summary>
    Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken);
}
