using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.BuildingBlocks.Messaging;

/// <summary>
/// Delivers outbox messages in process. Each delivery runs in its own scope and transaction in the receiving
/// module, together with an inbox row, so an event handled once is never handled twice, even when two hosts
/// dispatch the same outbox or a host dies between delivery and marking the message processed.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<OutboxSource> sources,
    IEnumerable<IntegrationEventSubscription> subscriptions,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 100;
    private readonly IReadOnlyList<IntegrationEventSubscription> _subscriptions = subscriptions.ToList();

    /// <summary>Dispatches what is pending in every module's outbox; returns how many messages were settled.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var settled = 0;
        foreach (var source in sources)
        {
            settled += await DispatchSourceAsync(source, cancellationToken);
        }

        return settled;
    }

    private async Task<int> DispatchSourceAsync(OutboxSource source, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(source.ContextType);
        var batch = await context.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.Attempts < OutboxMessage.MaxAttempts)
            .OrderBy(m => m.OccurredAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var message in batch)
        {
            try
            {
                var integrationEvent = IntegrationEventTypes.Deserialize(message);
                foreach (var subscription in _subscriptions.Where(s => s.EventType == integrationEvent.GetType()))
                {
                    await DeliverAsync(subscription, integrationEvent, cancellationToken);
                }

                message.MarkProcessed(clock.GetUtcNow().UtcDateTime);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Outbox message {MessageId} of {Module} failed", message.Id, source.Module);
                message.RecordFailure(exception, clock.GetUtcNow().UtcDateTime);
            }

            await context.SaveChangesAsync(cancellationToken);
        }

        return batch.Count;
    }

    private async Task DeliverAsync(
        IntegrationEventSubscription subscription, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var receiver = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscription.ReceiverContextType);
        await using var transaction = await receiver.Database.BeginTransactionAsync(cancellationToken);
        var handled = await receiver.InboxMessages.AnyAsync(
            m => m.EventId == integrationEvent.EventId && m.Handler == subscription.HandlerName, cancellationToken);
        if (handled)
        {
            return;
        }

        await subscription.InvokeAsync(scope.ServiceProvider, integrationEvent, cancellationToken);
        receiver.InboxMessages.Add(new InboxMessage(
            integrationEvent.EventId, subscription.HandlerName, clock.GetUtcNow().UtcDateTime));
        await receiver.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
