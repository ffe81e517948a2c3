using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Mobility.GraphQL.GraphiQL.Tests;

/// <summary>A real Kestrel host on a free loopback port serving GraphiQL in front of <see cref="StubGraphQL"/>.</summary>
internal sealed class GraphiQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphiQLTestHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static Task<GraphiQLTestHost> StartAsync(params string[] settings) =>
        StartAsync(app => app.UseGraphiQL(), settings);

    public static async Task<GraphiQLTestHost> StartAsync(Action<WebApplication> useGraphiQL, params string[] settings)
    {
        var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. settings]);
        var app = builder.Build();
        useGraphiQL(app);
        StubGraphQL.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new GraphiQLTestHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
