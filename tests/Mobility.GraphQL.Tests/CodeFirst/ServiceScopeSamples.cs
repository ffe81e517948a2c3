using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.CodeFirst;

/// <summary>Stands for a scoped DbContext: one instance per service scope, which must not be used concurrently.</summary>
public sealed class ScopedProbe : IDisposable
{
    private static int _next;

    public int Number { get; } = Interlocked.Increment(ref _next);

    public bool Disposed { get; private set; }

    public void Dispose() => Disposed = true;
}

/// <summary>Records which probe each resolver and batch saw; the root fields wait until all three have started.</summary>
public sealed class ProbeLog
{
    public ConcurrentBag<ScopedProbe> Resolvers { get; } = [];

    public ConcurrentBag<(ScopedProbe Probe, int Keys)> Batches { get; } = [];

    public CountdownEvent Started { get; } = new(3);
}

public sealed record Shelf(int Number)
{
    public Task<string?> GetLabelAsync(ResolverContext context) =>
        context.DataLoader<int, string>("labels", (services, keys, _) =>
        {
            services.GetRequiredService<ProbeLog>().Batches.Add((services.GetRequiredService<ScopedProbe>(), keys.Count));
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "shelf " + k));
        }).LoadAsync(Number % 2);
}

public sealed class ShelfQueries
{
    public static Task<Shelf[]> GetShelvesAsync(ScopedProbe probe, ProbeLog log, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            log.Resolvers.Add(probe);
            log.Started.Signal();
            Assert.True(log.Started.Wait(TimeSpan.FromSeconds(10), cancellationToken), "The root fields did not run concurrently.");
            Assert.False(probe.Disposed);
            return new[] { new Shelf(probe.Number * 2), new Shelf((probe.Number * 2) + 1) };
        }, cancellationToken);
}

/// <summary>Extends Shelf by GraphQL name, as a module does with another module's internal type.</summary>
[ExtendObjectType("Shelf")]
public sealed class ShelfExtension
{
    public static string GetCode([Parent("number")] int shelfNumber) => "S" + shelfNumber;
}
