using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Mobility.Host.Security;

/// <summary>
/// Behind a proxy that terminates TLS (<c>Proxy:ForwardedHeaders=true</c>), the request's scheme and client address
/// come from the proxy's X-Forwarded-Proto and X-Forwarded-For, so the session cookie is marked Secure and redirects
/// stay on https. Only the proxies listed in <c>Proxy:KnownProxies</c> (and loopback) are believed.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static void UseProxyForwardedHeaders(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Proxy:ForwardedHeaders", false))
        {
            return;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var proxy in (app.Configuration["Proxy:KnownProxies"] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"Proxy:KnownProxies: \"{proxy}\" is not an IP address."));
        }

        app.UseForwardedHeaders(options);
    }
}
