using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Modules;
using Mobility.GraphQL;

namespace Mobility.Impact;

/// <summary>
/// Registered so the host, the health report and the architecture tests know the module; it owns no tables or
/// use cases yet (see the issue that builds it).
/// </summary>
public sealed class ImpactModule : IModule
{
    public string Name => "impact";

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
    }

    public void AddGraphQL(GraphQLSchemaBuilder schema)
    {
    }

    public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
