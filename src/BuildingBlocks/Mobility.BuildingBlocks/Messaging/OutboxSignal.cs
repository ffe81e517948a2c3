using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mobility.BuildingBlocks.Messaging;

/// <summary>Wakes the dispatcher as soon as a SaveChanges has written outbox rows, instead of waiting for its poll.</summary>
public sealed class OutboxSignal : SaveChangesInterceptor, IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Notify(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Notify(eventData.Context);
        return result;
    }

    internal async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        => await _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();

    private void Notify(DbContext? context)
    {
        if (context is not null && _signal.CurrentCount == 0 && HasPendingOutbox(context))
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another save already woke the dispatcher.
            }
        }
    }

    private static bool HasPendingOutbox(DbContext context)
        => context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.ProcessedAt is null);
}
