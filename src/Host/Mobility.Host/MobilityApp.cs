using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Scheduling;
using Mobility.BuildingBlocks.Security;
using Mobility.Host.GraphQL;
using Mobility.Host.Health;
using Mobility.Host.Security;

namespace Mobility.Host;

/// <summary>Builds the web application; used by Program and by the end-to-end tests, which start it on a free port.</summary>
public static class MobilityApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
        => Build(args, Modules.All(), configure);

    /// <summary>Builds the application from the given modules; throws GraphQLSchemaException when their GraphQL types do not make a valid schema.</summary>
    internal static WebApplication Build(string[] args, IReadOnlyList<IModule> modules, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddModules(builder.Configuration, modules);
        builder.Services.AddOutboxDispatcher(builder.Configuration);
        if (builder.Configuration.GetValue("Jobs:Enabled", true))
        {
            // The modules' scheduled jobs (docs/operations.md, "Scheduled jobs"); the store is the platform's database.
            builder.Services.AddPlatformSchedulerService();
        }
        builder.Services.AddPlatformHealth();
        builder.Services.AddPlatformGraphQL(builder.Configuration, modules);
        builder.Services.AddAuthentication(PlatformAuthentication.Scheme);
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseProxyForwardedHeaders();
        app.UsePlatformAuthentication();
        app.MapPlatformHealth();
        foreach (var module in modules.OfType<IModuleEndpoints>())
        {
            module.MapEndpoints(app);
        }

        app.MapPlatformGraphQL();
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
            }
        }
    }
}
