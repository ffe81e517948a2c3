using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Mediation;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Documents;
using Mobility.GraphQL;
using Mobility.Placements.Contracts.Events;
using Mobility.Recognition.Contracts.Directory;
using Mobility.Recognition.Data;
using Mobility.Recognition.DecisionSupport;
using Mobility.Recognition.Demo;
using Mobility.Recognition.Europass;
using Mobility.Recognition.GraphQL;
using Mobility.Recognition.Integration;
using Mobility.Recognition.PlacementEvents;
using Mobility.Recognition.Schemes;
using Mobility.Recognition.Web;

namespace Mobility.Recognition;

/// <summary>
/// Recognition of learning outcomes acquired abroad: units agreed in the learning agreement, the host's assessment,
/// the sending school's validation and decisions under configurable recognition schemes (the French optional
/// mobility unit is one), Europass Mobility documents, and the decision-support tool for certificative mobility.
/// </summary>
public sealed class RecognitionModule : IModule, IModuleEndpoints
{
    public const string SchemaName = "recognition";

    public string Name => SchemaName;

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddModuleDbContext<RecognitionDbContext>(SchemaName, context.Database);
        services.AddModuleUseCases(typeof(RecognitionModule).Assembly);
        services.AddSingleton(_ => RecognitionSchemeCatalogue.LoadEmbedded());
        services.AddScoped<EuropassRecordBuilder>();
        services.AddDocuments(context.Configuration);
        services.AddScoped<IRecognitionDirectory, RecognitionDirectory>();
        services.AddIntegrationEventHandler<LearningAgreementSigned, LearningAgreementSignedHandler, RecognitionDbContext>();
        services.AddIntegrationEventHandler<HostTutorAppointed, HostTutorAppointedHandler, RecognitionDbContext>();
        services.AddIntegrationEventHandler<PlacementInterrupted, PlacementInterruptedHandler, RecognitionDbContext>();
        services.AddScoped<IDemoDataSeeder, RecognitionDemoSeeder>();
    }

    /// <summary>The Europass Mobility downloads (PDF, HTML, JSON) for people who may read them.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => EuropassEndpoints.Map(endpoints);

    public void AddGraphQL(GraphQLSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.AddQueryType<RecognitionQueries>();
        schema.AddMutationType<RecognitionMutations>();
        schema.AddTypeExtension<PlacementRecognitionExtension>();
    }

    /// <summary>Migrates the schema, then writes the decision-support rules from the module's file if there are none.</summary>
    public async Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await ModuleDatabase.MigrateAsync<RecognitionDbContext>(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecognitionDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        try
        {
            await DecisionRulesSeed.SeedIfEmptyAsync(db, now, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another host starting at the same time may have written them first; if not, the failure stands.
            db.ChangeTracker.Clear();
            if (!await db.DecisionRules.AnyAsync(cancellationToken))
            {
                throw;
            }
        }
    }
}
