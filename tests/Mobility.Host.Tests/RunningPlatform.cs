using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Security;
using Mobility.TestKit;

namespace Mobility.Host.Tests;

/// <summary>The real host, on Kestrel at a free loopback port, over a real database, reached with a real HttpClient.</summary>
public sealed class RunningPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private RunningPlatform(WebApplication app, TestDatabase database, HttpClient client)
    {
        _app = app;
        _database = database;
        Client = client;
    }

    public HttpClient Client { get; }

    public TestDatabase Database => _database;

    public IServiceProvider Services => _app.Services;

    public static async Task<RunningPlatform> StartAsync(DatabaseProvider provider, bool initialise = true, params string[] settings)
    {
        var database = await TestDatabase.CreateAsync(provider);
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Database:Provider={provider}",
            $"--ConnectionStrings:Mobility={database.Options.ConnectionString}",
            "--Outbox:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ];
        var app = MobilityApp.Build(args, builder =>
        {
            builder.Services.AddSingleton<IViewerSource, TestHeaderViewerSource>();
            builder.Services.AddAuthentication(TestAuthentication.Name)
                .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.Name, null);
        });
        if (initialise)
        {
            await MobilityApp.InitialiseAsync(app, CancellationToken.None);
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningPlatform(app, database, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
