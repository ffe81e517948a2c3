using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mobility.BuildingBlocks.Security;

/// <summary>Where the current <see cref="Viewer"/> comes from.</summary>
public interface IViewerSource
{
    Viewer Current { get; }
}

/// <summary>
/// Inside an HTTP request, the request's user (anonymous when not signed in); outside any request (start-up,
/// jobs, command line), the platform itself.
/// </summary>
internal sealed class HttpViewerSource(IHttpContextAccessor http) : IViewerSource
{
    public Viewer Current => http.HttpContext is { } context ? Viewer.From(context.User) : Viewer.System;
}

public static class ViewerServices
{
    /// <summary>
    /// Registers <see cref="Viewer"/>, read afresh from its source at each resolution; a source registered before
    /// this one wins (tests). Not cached per scope: authentication itself sends use cases from the request's scope
    /// (checking an API token) before the request's user is known, and a cached anonymous viewer would outlive it.
    /// </summary>
    public static IServiceCollection AddViewer(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton<IViewerSource, HttpViewerSource>();
        services.TryAddTransient(provider => provider.GetRequiredService<IViewerSource>().Current);
        return services;
    }
}
