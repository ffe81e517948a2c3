using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Host.Health;

/// <summary><c>/health</c>: the database provider and, for each module, whether its store answers and is up to date.</summary>
internal static class PlatformHealth
{
    public static IServiceCollection AddPlatformHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "modules", sp => ActivatorUtilities.CreateInstance<ModuleStoresHealthCheck>(sp), HealthStatus.Unhealthy, ["modules"]));
        return services;
    }

    public static void MapPlatformHealth(this WebApplication app)
        => app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var database = context.RequestServices.GetRequiredService<DatabaseOptions>();
        var entry = report.Entries.GetValueOrDefault("modules");
        var modules = context.RequestServices.GetRequiredService<ModuleCatalog>().Modules.Select(m => new
        {
            name = m.Name,
            status = entry.Data.TryGetValue(m.Name, out var s) ? s.ToString() : "Healthy",
        });
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            database = new { provider = database.Provider.ToString(), status = entry.Status.ToString(), description = entry.Description },
            modules,
        }));
    }
}
