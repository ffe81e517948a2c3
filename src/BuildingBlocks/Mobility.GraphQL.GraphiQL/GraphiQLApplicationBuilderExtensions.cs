using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mobility.GraphQL.GraphiQL;

/// <summary>Serves the GraphiQL IDE, bundled into this assembly, at the URL of a GraphQL endpoint.</summary>
public static class GraphiQLApplicationBuilderExtensions
{
    /// <summary>
    /// Answers a browser navigation to <paramref name="endpointPath"/> (a GET that accepts <c>text/html</c> and has
    /// neither a <c>query</c> nor an <c>sdl</c> parameter) with the GraphiQL page, and serves its assets under
    /// <c>{endpointPath}/ui/</c>. Every other request passes on to the next handler, so the GraphQL endpoint mapped at
    /// the same path keeps working.
    /// </summary>
    /// <param name="app">The application pipeline.</param>
    /// <param name="endpointPath">The path of the GraphQL endpoint, relative to the application's path base.</param>
    /// <param name="configure">Adjusts the options after <see cref="GraphiQLOptions.EnabledKey"/> has been read from configuration.</param>
    /// <returns>The same pipeline, for chaining.</returns>
    public static IApplicationBuilder UseGraphiQL(
        this IApplicationBuilder app,
        string endpointPath = "/graphql",
        Action<GraphiQLOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointPath);
        if (!endpointPath.StartsWith('/'))
        {
            throw new ArgumentException("The endpoint path must start with '/'.", nameof(endpointPath));
        }

        var options = new GraphiQLOptions
        {
            Enabled = app.ApplicationServices.GetService<IConfiguration>()?.GetValue<bool?>(GraphiQLOptions.EnabledKey) ?? true,
        };
        configure?.Invoke(options);
        if (!options.Enabled)
        {
            return app;
        }

        var endpoint = new PathString(endpointPath.TrimEnd('/'));
        var middleware = new GraphiQLMiddleware(endpoint, options.Title, GraphiQLAssets.Shared);
        return app.Use(next => context => middleware.InvokeAsync(context, next));
    }
}
