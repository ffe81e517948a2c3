using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Mediation;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Contracts.Events;
using Mobility.GraphQL;
using Mobility.Impact.Data;
using Mobility.Impact.Indicators;
using Mobility.Impact.ReadModels;
using Mobility.Placements.Contracts.Events;

namespace Mobility.Impact;

/// <summary>
/// Outcome data (surveys, language assessments, exams, careers, staff outcomes), the indicators computed from them,
/// snapshots, scheduled jobs and the consortium and funder reports.
/// </summary>
public sealed class ImpactModule : IModule
{
    public const string SchemaName = "impact";

    public string Name => SchemaName;

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddModuleDbContext<ImpactDbContext>(SchemaName, context.Database);
        services.AddModuleUseCases(typeof(ImpactModule).Assembly);
        services.AddScoped<FactRefresher>();
        services.AddScoped<IndicatorCalculator>();
        services.AddIntegrationEventHandler<LearnerRegistered, LearnerRegisteredHandler, ImpactDbContext>();
        services.AddIntegrationEventHandler<ApplicationSelected, ApplicationSelectedHandler, ImpactDbContext>();
        services.AddIntegrationEventHandler<LearnerSensitiveFlagsRecorded, LearnerSensitiveFlagsRecordedHandler, ImpactDbContext>();
        services.AddIntegrationEventHandler<PlacementCompleted, PlacementCompletedHandler, ImpactDbContext>();
    }

    public void AddGraphQL(GraphQLSchemaBuilder schema)
    {
    }

    public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken)
        => ModuleDatabase.MigrateAsync<ImpactDbContext>(services, cancellationToken);
}
