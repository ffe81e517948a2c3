namespace Mobility.GraphQL.DataLoader;

/// <summary>What the executor needs from a data loader: whether keys wait, and a way to fetch them.</summary>
public interface IDataLoader
{
    /// <summary>Whether keys were requested since the last dispatch.</summary>
    bool HasQueuedKeys { get; }

    /// <summary>Fetches every queued key in one batch.</summary>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>Completes when the batch is fetched and the waiting loads are completed.</returns>
    Task DispatchAsync(CancellationToken cancellationToken);
}
