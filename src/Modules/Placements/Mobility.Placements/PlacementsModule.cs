using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Commands;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Mediation;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Contracts.Events;
using Mobility.GraphQL;
using Mobility.Placements.Contracts.Directory;
using Mobility.Placements.Data;
using Mobility.Placements.Demo;
using Mobility.Placements.GraphQL;
using Mobility.Placements.Grants;
using Mobility.Placements.Integration;
using Mobility.Placements.OpenData;
using Mobility.Placements.Places;
using Mobility.Placements.Selections;

namespace Mobility.Placements;

/// <summary>
/// Host organisations, sending companies, placements with their learning agreements and follow-up, grants, and the
/// Erasmus+ mobility open data.
/// </summary>
public sealed class PlacementsModule : IModule
{
    public const string SchemaName = "placements";

    public string Name => SchemaName;

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddModuleDbContext<PlacementsDbContext>(SchemaName, context.Database);
        services.AddModuleUseCases(typeof(PlacementsModule).Assembly);
        services.AddSingleton(_ => GrantRatesCatalogue.LoadEmbedded());
        services.AddSingleton(_ => KnownCities.Load());
        services.AddScoped<IPlacementsDirectory, PlacementsDirectory>();
        services.AddIntegrationEventHandler<ApplicationSelected, ApplicationSelectedHandler, PlacementsDbContext>();
        services.AddIntegrationEventHandler<ApplicationWithdrawn, ApplicationWithdrawnHandler, PlacementsDbContext>();
        services.AddScoped<IDemoDataSeeder, PlacementsDemoSeeder>();
        services.AddScoped<IHostCommand, ImportOpenDataCommand>();
    }

    public void AddGraphQL(GraphQLSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.AddQueryType<PlacementsQueries>();
        schema.AddMutationType<PlacementsMutations>();
        schema.AddTypeExtension<OrganisationPlacementsExtension>();
        schema.AddTypeExtension<LearnerPlacementsExtension>();
    }

    public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken)
        => ModuleDatabase.MigrateAsync<PlacementsDbContext>(services, cancellationToken);
}
