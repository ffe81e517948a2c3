using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.GraphQL;

namespace Mobility.BuildingBlocks.Tests.Messaging;

// Two small modules living in this test assembly: one publishes WidgetCreated, the other counts widgets.

public sealed record WidgetCreated(Guid EventId, DateTime OccurredAt, Guid WidgetId, string Name) : IIntegrationEvent;

internal sealed class Widget
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

internal sealed class WidgetCount
{
    public Guid WidgetId { get; set; }

    public string Name { get; set; } = "";
}

internal sealed class PublisherDb(DbContextOptions<PublisherDb> options) : ModuleDbContext(options)
{
    public override string Schema => "publisher";

    public DbSet<Widget> Widgets => Set<Widget>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Widget>().ToTable("Widgets");
}

internal sealed class ReceiverDb(DbContextOptions<ReceiverDb> options) : ModuleDbContext(options)
{
    public override string Schema => "receiver";

    public DbSet<WidgetCount> Counts => Set<WidgetCount>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
        => modelBuilder.Entity<WidgetCount>().ToTable("WidgetCounts").HasKey(c => c.WidgetId);
}

/// <summary>Counts each widget once; can be told to fail, to show that a failure leaves nothing half-written.</summary>
internal sealed class CountWidget(ReceiverDb db, HandlerSwitch handlerSwitch) : IIntegrationEventHandler<WidgetCreated>
{
    public Task HandleAsync(WidgetCreated integrationEvent, CancellationToken cancellationToken)
    {
        handlerSwitch.Calls++;
        db.Counts.Add(new WidgetCount { WidgetId = integrationEvent.WidgetId, Name = integrationEvent.Name });
        if (handlerSwitch.Fail)
        {
            throw new InvalidOperationException("The receiver is down.");
        }

        return Task.CompletedTask;
    }
}

internal sealed class HandlerSwitch
{
    public bool Fail { get; set; }

    public int Calls { get; set; }
}

internal sealed class PublisherModule : IModule
{
    public string Name => "publisher";

    public void AddServices(IServiceCollection services, ModuleContext context)
        => services.AddModuleDbContext<PublisherDb>(Name, context.Database);

    public void AddGraphQL(GraphQLSchemaBuilder schema)
    {
    }

    public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken)
        => CreateTablesAsync<PublisherDb>(services);

    internal static async Task CreateTablesAsync<TContext>(IServiceProvider services)
        where TContext : ModuleDbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        ModuleDatabase.PrepareSqliteFolder(db);

        await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
    }
}

internal sealed class ReceiverModule : IModule
{
    public string Name => "receiver";

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<ReceiverDb>(Name, context.Database);
        services.AddIntegrationEventHandler<WidgetCreated, CountWidget, ReceiverDb>();
        services.AddSingleton<HandlerSwitch>();
    }

    public void AddGraphQL(GraphQLSchemaBuilder schema)
    {
    }

    public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken)
        => PublisherModule.CreateTablesAsync<ReceiverDb>(services);
}
