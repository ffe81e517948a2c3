using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL;

namespace Mobility.BuildingBlocks.Modules;

/// <summary>
/// The one contract every module implements. The host composes modules through it and nothing else.
/// </summary>
public interface IModule
{
    /// <summary>Lower-case name: database schema, configuration section, job group, log scope.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, ModuleContext context);

    /// <summary>
    /// Adds the module's GraphQL types: Query and Mutation fields (AddQueryType, AddMutationType) and fields on other
    /// modules' types (AddTypeExtension). Called once at start-up, when the host builds the platform schema.
    /// </summary>
    void AddGraphQL(GraphQLSchemaBuilder schema);

    /// <summary>Creates or upgrades the module's schema. Idempotent; safe when several hosts start at once.</summary>
    Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken);
}
