using Microsoft.Extensions.DependencyInjection;

namespace Mobility.BuildingBlocks.Demo;

/// <summary>Runs every module's demo seeder in order, each in its own scope.</summary>
public static class DemoDataRunner
{
    public static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var summaries = new List<string>();
        await using var probe = services.CreateAsyncScope();
        var orders = probe.ServiceProvider.GetServices<IDemoDataSeeder>().Select(s => s.Order).Order().ToList();
        foreach (var order in orders)
        {
            await using var scope = services.CreateAsyncScope();
            var seeder = scope.ServiceProvider.GetServices<IDemoDataSeeder>().First(s => s.Order == order);
            summaries.Add(await seeder.SeedAsync(cancellationToken));
        }

        return summaries;
    }

    public static async Task<bool> IsDatabaseEmptyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>())
        {
            if (!await seeder.IsEmptyAsync(cancellationToken))
            {
                return false;
            }
        }

        return true;
    }
}
