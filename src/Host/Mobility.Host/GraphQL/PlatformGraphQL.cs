using Microsoft.Extensions.DependencyInjection.Extensions;
using Mobility.BuildingBlocks.Modules;
using Mobility.GraphQL;
using Mobility.GraphQL.AspNetCore;
using Mobility.GraphQL.Execution;
using Mobility.GraphQL.GraphiQL;

namespace Mobility.Host.GraphQL;

/// <summary>The platform's one GraphQL schema, built from every module's types, served at /graphql with GraphiQL.</summary>
internal static class PlatformGraphQL
{
    public const string Path = "/graphql";

    public static IServiceCollection AddPlatformGraphQL(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IModule> modules)
    {
        services.TryAddSingleton(provider => BuildSchema(modules, provider.GetRequiredService<IServiceProviderIsService>()));
        services.TryAddSingleton(provider => new GraphQLExecutor(provider.GetRequiredService<GraphQLSchema>(), ExecutorOptions(configuration)));
        return services;
    }

    public static GraphQLSchema BuildSchema(IReadOnlyList<IModule> modules, IServiceProviderIsService services)
    {
        // Every field needs a signed-in user; which rows each user sees is then the use cases' scoping.
        // Node ids are global IDs; an id input also takes the bare UUID coordinators keep in their spreadsheets.
        var builder = new GraphQLSchemaBuilder()
            .UseServiceDetection(services)
            .RequireAuthenticatedUser()
            .AddGlobalObjectIdentificationAcceptingBareKeys()
            .AddMutationConventions(PlatformErrors.AddDefaultErrors);
        foreach (var module in modules)
        {
            module.AddGraphQL(builder);
        }

        return builder.Build();
    }

    /// <summary>Builds and checks the schema now, so an invalid one stops the host before it listens; then maps the endpoint.</summary>
    public static void MapPlatformGraphQL(this WebApplication app)
    {
        app.Services.GetRequiredService<GraphQLExecutor>();
        app.UseGraphiQL(Path, options => options.Title = "Mobility GraphQL");
        app.MapGraphQL(Path, new GraphQLHttpOptions { MaxRequestBytes = app.Configuration.GetValue("GraphQL:MaxRequestBytes", 1_000_000L) });
    }

    private static ExecutorOptions ExecutorOptions(IConfiguration configuration) => new()
    {
        EnableIntrospection = configuration.GetValue("GraphQL:Introspection:Enabled", true),
        ErrorFilter = PlatformErrors.Filter,
        MaxExecutionDepth = Limit(configuration.GetValue<int?>("GraphQL:MaxExecutionDepth") ?? 20),
        Cost = new CostOptions
        {
            MaxFieldCost = Limit(configuration.GetValue<double?>("GraphQL:Cost:MaxFieldCost") ?? 10_000),
            MaxTypeCost = Limit(configuration.GetValue<double?>("GraphQL:Cost:MaxTypeCost") ?? 10_000),
        },
    };

    /// <summary>Zero switches a limit off.</summary>
    private static T? Limit<T>(T value)
        where T : struct, System.Numerics.INumber<T> => T.IsZero(value) ? null : value;
}
