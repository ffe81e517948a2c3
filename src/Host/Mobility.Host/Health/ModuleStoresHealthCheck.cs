using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Host.Health;

/// <summary>Each module with a store: can it be reached, and has every migration been applied?</summary>
internal sealed class ModuleStoresHealthCheck(IServiceScopeFactory scopes, IEnumerable<OutboxSource> stores) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        var problems = new List<string>();
        foreach (var store in stores)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(store.ContextType);
            try
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                var reachable = await db.Database.CanConnectAsync(cancellationToken);
                var status = (reachable, pending) switch
                {
                    (_, > 0) => $"{pending} migration(s) pending" + (reachable ? "" : ", store not created yet"),
                    (false, _) => "Unreachable",
                    _ => "Healthy",
                };
                data[store.Module] = status;
                if (status != "Healthy")
                {
                    problems.Add($"{store.Module}: {status}");
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                data[store.Module] = "Unreachable";
                problems.Add($"{store.Module}: {exception.Message}");
            }
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy("All module stores reachable and up to date.", data)
            : HealthCheckResult.Unhealthy(string.Join("; ", problems), data: data);
    }
}
