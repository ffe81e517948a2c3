using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Mobility.GraphQL.GraphiQL;

/// <summary>Serves the page on a browser navigation to the endpoint and the assets under <c>{endpoint}/ui/</c>; passes on everything else.</summary>
internal sealed class GraphiQLMiddleware(PathString endpoint, string title, GraphiQLAssets assets)
{
    // Asset names carry a content hash, so a browser may keep them for good.
    private const string AssetCacheControl = "public, max-age=31536000, immutable";

    // The page names the current assets, so it is revalidated (cheaply, by ETag) on every visit.
    private const string PageCacheControl = "no-cache";

    // Monaco sets inline styles and GraphiQL draws icons as data: images; everything else comes from this origin.
    private const string PageContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "worker-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private readonly PathString _assetFolder = endpoint.Add("/ui");

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        if (IsEndpoint(request.Path))
        {
            return IsBrowserNavigation(request) ? ServePageAsync(context) : next(context);
        }

        if (request.Path.StartsWithSegments(_assetFolder, out var rest)
            && assets.Files.TryGetValue(rest.Value?.TrimStart('/') ?? string.Empty, out var asset))
        {
            return ServeAssetAsync(context, asset);
        }

        return next(context);
    }

    private bool IsEndpoint(PathString path) =>
        path.Equals(endpoint) || (path.StartsWithSegments(endpoint, out var rest) && rest.Value == "/");

    private static bool IsBrowserNavigation(HttpRequest request) =>
        !request.Query.ContainsKey("query")
        && !request.Query.ContainsKey("sdl")
        && request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private Task ServePageAsync(HttpContext context)
    {
        var pathBase = context.Request.PathBase;
        var html = assets.Template
            .Replace("{{title}}", HtmlEncoder.Default.Encode(title), StringComparison.Ordinal)
            .Replace("{{assetBase}}", HtmlEncoder.Default.Encode(pathBase.Add(_assetFolder).Value + "/"), StringComparison.Ordinal)
            .Replace("{{endpoint}}", HtmlEncoder.Default.Encode(pathBase.Add(endpoint).Value ?? "/"), StringComparison.Ordinal);
        var body = Encoding.UTF8.GetBytes(html);

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PageContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.Vary = HeaderNames.Accept;
        if (NotModified(context, ETags.Of(SHA256.HashData(body)), PageCacheControl))
        {
            return Task.CompletedTask;
        }

        context.Response.ContentType = ContentTypes.Html;
        context.Response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(body).AsTask();
    }

    private async Task ServeAssetAsync(HttpContext context, GraphiQLAsset asset)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (NotModified(context, asset.ETag, AssetCacheControl))
        {
            return;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await using var stream = assets.Open(asset);
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    /// <summary>Sets the validators and answers 304 when the client already holds this version.</summary>
    private static bool NotModified(HttpContext context, string etag, string cacheControl)
    {
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        var current = new EntityTagHeaderValue(etag);
        if (!context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false)))
        {
            return false;
        }

        response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}
