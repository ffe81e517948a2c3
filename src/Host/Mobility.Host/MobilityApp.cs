using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Modules;
using Mobility.Host.Health;

namespace Mobility.Host;

/// <summary>Builds the web application; used by Program and by the end-to-end tests, which start it on a free port.</summary>
public static class MobilityApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddModules(builder.Configuration, Modules.All());
        builder.Services.AddOutboxDispatcher(builder.Configuration);
        builder.Services.AddPlatformHealth();

        var app = builder.Build();
        app.MapPlatformHealth();
        app.MapGet("/", () => Results.Redirect("/health"));
        return app;
    }

    /// <summary>Creates or upgrades every module's schema, then loads the demo consortium into an empty database.</summary>
    public static async Task InitialiseAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.InitialiseModulesAsync(cancellationToken);
        var seedOnEmpty = app.Configuration.GetValue("Demo:SeedOnEmptyDatabase", true);
        if (seedOnEmpty && await DemoDataRunner.IsDatabaseEmptyAsync(app.Services, cancellationToken))
        {
            foreach (var line in await DemoDataRunner.SeedAsync(app.Services, cancellationToken))
            {
                app.Logger.LogInformation("Demo data: {Summary}", line);
                Console.WriteLine($"Demo data: {line}");
            }
        }
    }
}
