using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Persistence;
using Mobility.TestKit;

namespace Mobility.BuildingBlocks.Tests.Messaging;

public abstract class OutboxScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    private ModuleTestHost? _host;

    private ModuleTestHost Host => _host!;

    private HandlerSwitch Switch => Host.Services.GetRequiredService<HandlerSwitch>();

    public async Task InitializeAsync()
        => _host = await ModuleTestHost.StartAsync(provider, [new PublisherModule(), new ReceiverModule()]);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task An_event_is_stored_in_the_outbox_with_the_change_it_reports()
    {
        var widget = await CreateWidgetAsync("Loom");

        var pending = await Host.InScopeAsync<PublisherDb, List<OutboxMessage>>(db => db.OutboxMessages.ToListAsync());
        var message = Assert.Single(pending);
        Assert.Null(message.ProcessedAt);
        Assert.Contains(widget.ToString(), message.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_that_fails_to_save_leaves_no_event_behind()
    {
        var widget = await CreateWidgetAsync("Loom");

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => CreateWidgetAsync("Loom again", widget));

        Assert.Equal(1, await Host.InScopeAsync<PublisherDb, int>(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Dispatching_delivers_each_event_once_to_the_receiving_module()
    {
        var widget = await CreateWidgetAsync("Loom");

        Assert.Equal(1, await Host.DispatchOutboxAsync());
        Assert.Equal(0, await Host.DispatchOutboxAsync());

        var counts = await Host.InScopeAsync<ReceiverDb, List<WidgetCount>>(db => db.Counts.ToListAsync());
        Assert.Equal(widget, Assert.Single(counts).WidgetId);
        Assert.NotNull((await Host.InScopeAsync<PublisherDb, OutboxMessage>(db => db.OutboxMessages.SingleAsync())).ProcessedAt);
    }

    [Fact]
    public async Task A_failing_handler_leaves_the_receiver_untouched_and_the_event_is_retried()
    {
        await CreateWidgetAsync("Loom");
        Switch.Fail = true;

        await Host.DispatchOutboxAsync();

        Assert.Equal(0, await Host.InScopeAsync<ReceiverDb, int>(db => db.Counts.CountAsync()));
        Assert.Equal(0, await Host.InScopeAsync<ReceiverDb, int>(db => db.InboxMessages.CountAsync()));
        var failed = await Host.InScopeAsync<PublisherDb, OutboxMessage>(db => db.OutboxMessages.SingleAsync());
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("The receiver is down.", failed.LastError, StringComparison.Ordinal);

        Switch.Fail = false;
        await Host.DispatchOutboxAsync();

        Assert.Equal(1, await Host.InScopeAsync<ReceiverDb, int>(db => db.Counts.CountAsync()));
    }

    [Fact]
    public async Task An_event_delivered_again_after_a_crash_is_not_handled_twice()
    {
        await CreateWidgetAsync("Loom");
        await Host.DispatchOutboxAsync();
        // A host that died after delivering but before marking the message processed.
        await Host.InScopeAsync<PublisherDb>(db => db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null)));

        await Host.DispatchOutboxAsync();

        Assert.Equal(1, Switch.Calls);
        Assert.Equal(1, await Host.InScopeAsync<ReceiverDb, int>(db => db.Counts.CountAsync()));
    }

    [Fact]
    public async Task Two_dispatchers_running_together_handle_every_event_exactly_once()
    {
        for (var i = 0; i < 20; i++)
        {
            await CreateWidgetAsync($"Widget {i}");
        }

        var dispatcher = Host.Services.GetRequiredService<OutboxDispatcher>();
        await Task.WhenAll(
            Task.Run(() => DrainAsync(dispatcher)),
            Task.Run(() => DrainAsync(dispatcher)));

        Assert.Equal(20, await Host.InScopeAsync<ReceiverDb, int>(db => db.Counts.CountAsync()));
        Assert.Equal(20, await Host.InScopeAsync<ReceiverDb, int>(db => db.InboxMessages.CountAsync()));
        Assert.Equal(0, await Host.InScopeAsync<PublisherDb, int>(db => db.OutboxMessages.CountAsync(m => m.ProcessedAt == null)));
    }

    private static async Task DrainAsync(OutboxDispatcher dispatcher)
    {
        for (var round = 0; round < 5; round++)
        {
            try
            {
                await dispatcher.DispatchPendingAsync(CancellationToken.None);
            }
            catch (DbUpdateException)
            {
                // The other dispatcher settled the same message first; the next round sees it done.
            }
        }
    }

    private async Task<Guid> CreateWidgetAsync(string name, Guid? id = null)
    {
        var widgetId = id ?? Guid.NewGuid();
        await Host.InScopeAsync<PublisherDb>(async db =>
        {
            db.Widgets.Add(new Widget { Id = widgetId, Name = name });
            db.Publish(new WidgetCreated(Guid.NewGuid(), Host.Clock.GetUtcNow().UtcDateTime, widgetId, name));
            await db.SaveChangesAsync();
        });
        return widgetId;
    }
}

public sealed class OutboxScenariosOnSqlite() : OutboxScenarios(DatabaseProvider.Sqlite);

public sealed class OutboxScenariosOnPostgres() : OutboxScenarios(DatabaseProvider.Postgres);
