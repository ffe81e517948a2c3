using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Commands;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Mediation;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Scheduling;
using Mobility.Documents;
using Mobility.Enrolment.Contracts.Events;
using Mobility.GraphQL;
using Mobility.Impact.GraphQL;
using Mobility.Impact.Import;
using Mobility.Impact.Data;
using Mobility.Impact.Demo;
using Mobility.Impact.Indicators;
using Mobility.Impact.Jobs;
using Mobility.Impact.ReadModels;
using Mobility.Placements.Contracts.Events;
using Mobility.Recognition.Contracts.Events;
using Mobility.Impact.Web;

namespace Mobility.Impact;

/// <summary>
/// Outcome data (surveys, language assessments, exams, careers, staff outcomes), the indicators computed from them,
/// snapshots, scheduled jobs and the consortium and funder reports.
/// </summary>
public sealed class ImpactModule : IModule, IJobsModule, IModuleEndpoints
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
        services.AddSingleton<JobRunRecorder>();
        services.AddScoped<IHostCommand, ImportOutcomesCommand>();
        services.AddDocuments(context.Configuration);
        services.AddScoped<IDemoDataSeeder, ImpactDemoSeeder>();
        services.AddIntegrationEventHandler<LearnerRegistered, LearnerRegisteredHandler, ImpactDbContext>();
        services.AddIntegrationEventHandler<ApplicationSelected, ApplicationSelectedHandler, ImpactDbContext>();
        services.AddIntegrationEventHandler<LearnerSensitiveFlagsRecorded, LearnerSensitiveFlagsRecordedHandler, ImpactDbContext>();
        services.AddIntegrationEventHandler<PlacementCompleted, PlacementCompletedHandler, ImpactDbContext>();
        services.AddIntegrationEventHandler<UnitRecognitionDecided, UnitRecognitionDecidedHandler, ImpactDbContext>();
    }

    public void AddGraphQL(GraphQLSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.AddQueryType<ImpactQueries>();
        schema.AddMutationType<ImpactMutations>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ReportEndpoints.Map(endpoints);

    public void AddJobs(ModuleJobs jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        jobs.AddRecurring<NightlyRefreshJob>(ImpactJobs.NightlyRefresh, "0 0 2 * * ?", "Refreshes the outcome facts and takes the nightly snapshot.");
        jobs.AddRecurring<EndOfYearJob>(ImpactJobs.EndOfYear, "0 0 3 31 8 ?", "End-of-year statistics and reports of every consortium.");
        jobs.AddRecurring<SurveyRemindersJob>(ImpactJobs.SurveyReminders, "0 0 9 * * ?", "Reminds participants of unanswered surveys and closes expired ones.");
        jobs.AddOnDemand<GenerateReportJob>(ImpactJobs.GenerateReport, "Generates one consortium or funder report.");
    }

    public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken)
        => ModuleDatabase.MigrateAsync<ImpactDbContext>(services, cancellationToken);
}
