namespace Mobility.GraphQL.DataLoader;

/// <summary>
/// Batches and caches loads by key for one request. Keys requested while a wave of resolvers runs are
/// fetched together in one call; a key asked for twice is fetched once. A missing key loads as default.
/// </summary>
/// <typeparam name="TKey">The key, for example an entity id.</typeparam>
/// <typeparam name="TValue">The loaded value.</typeparam>
public sealed class BatchDataLoader<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    private readonly List<TKey> _queue = [];
    private readonly Lock _lock = new();
    private readonly DataLoaderScope _scope;

    internal BatchDataLoader(DataLoaderScope scope, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    {
        _scope = scope;
        _fetch = fetch;
    }

    /// <summary>Loads one value; completes when the batch holding the key has been fetched.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value, or default when the fetch did not return the key.</returns>
    public Task<TValue?> LoadAsync(TKey key)
    {
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var existing))
            {
                return existing.Task;
            }

            var source = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _cache[key] = source;
            _queue.Add(key);
        }

        _scope.Signal();
        return _cache[key].Task;
    }

    /// <summary>Loads several values in one batch.</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The values in key order.</returns>
    public Task<TValue?[]> LoadAsync(IEnumerable<TKey> keys) => Task.WhenAll(keys.Select(LoadAsync));

    bool IDataLoader.HasQueuedKeys
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count > 0;
            }
        }
    }

    async Task IDataLoader.DispatchAsync(CancellationToken cancellationToken)
    {
        TKey[] keys;
        lock (_lock)
        {
            keys = [.. _queue];
            _queue.Clear();
        }

        if (keys.Length == 0)
        {
            return;
        }

        try
        {
            var values = await _fetch(keys, cancellationToken).ConfigureAwait(false);
            foreach (var key in keys)
            {
                Completion(key).TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception e)
        {
            foreach (var key in keys)
            {
                Completion(key).TrySetException(e);
            }
        }
    }

    private TaskCompletionSource<TValue?> Completion(TKey key)
    {
        lock (_lock)
        {
            return _cache[key];
        }
    }
}
