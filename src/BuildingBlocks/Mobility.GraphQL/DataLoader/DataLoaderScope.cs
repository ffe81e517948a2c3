namespace Mobility.GraphQL.DataLoader;

/// <summary>
/// The data loaders of one request. The executor dispatches queued batches one loader at a time, so batch
/// functions never run concurrently with each other (a scoped DbContext used only by loaders is safe).
/// </summary>
internal sealed class DataLoaderScope
{
    private readonly Dictionary<string, IDataLoader> _loaders = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private TaskCompletionSource _queued = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when some loader gets a key; replaced after each dispatch round.</summary>
    public Task KeysQueued
    {
        get
        {
            lock (_lock)
            {
                return _queued.Task;
            }
        }
    }

    public T GetOrCreate<T>(string key, Func<DataLoaderScope, T> create)
        where T : IDataLoader
    {
        lock (_lock)
        {
            if (!_loaders.TryGetValue(key, out var loader))
            {
                _loaders[key] = loader = create(this);
            }

            return (T)loader;
        }
    }

    public void Signal()
    {
        lock (_lock)
        {
            _queued.TrySetResult();
        }
    }

    public bool HasQueuedKeys
    {
        get
        {
            lock (_lock)
            {
                return _loaders.Values.Any(l => l.HasQueuedKeys);
            }
        }
    }

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        IDataLoader[] loaders;
        lock (_lock)
        {
            _queued = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            loaders = [.. _loaders.Values];
        }

        foreach (var loader in loaders.Where(l => l.HasQueuedKeys))
        {
            await loader.DispatchAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
