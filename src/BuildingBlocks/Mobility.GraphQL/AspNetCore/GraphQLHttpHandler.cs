using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.AspNetCore;

/// <summary>
/// GraphQL over HTTP (2025 draft, as graphql-http audits it): POST application/json and GET query strings,
/// application/graphql-response+json (400 for request errors) or application/json (200 for GraphQL errors),
/// 405 for mutations over GET, 406, 413 and 415 for unacceptable requests.
/// </summary>
internal sealed class GraphQLHttpHandler(GraphQLHttpOptions options)
{
    public async Task HandleAsync(HttpContext context, GraphQLExecutor executor, GraphQLSchema schema)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            if (options.EnableSchemaRequests && request.Query.ContainsKey("sdl"))
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(schema.Sdl + "\n", context.RequestAborted).ConfigureAwait(false);
                return;
            }

            if (!options.EnableGetRequests)
            {
                context.Response.Headers.Allow = "POST";
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                return;
            }
        }

        var mediaType = MediaTypes.Negotiate(request.GetTypedHeaders().Accept);
        if (mediaType is null)
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return;
        }

        var (graphQLRequest, error, status) = HttpMethods.IsGet(request.Method) ? FromGet(request) : await FromPostAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (graphQLRequest is null)
        {
            await WriteAsync(context, mediaType, status, new GraphQLResult(null, false, [new GraphQLError(error!, [], null, ErrorCodes.BadUserInput)])).ConfigureAwait(false);
            return;
        }

        var costHeader = request.Headers["GraphQL-Cost"].ToString();
        var cost = costHeader.Equals("report", StringComparison.OrdinalIgnoreCase) ? CostRequest.Report
            : costHeader.Equals("validate", StringComparison.OrdinalIgnoreCase) ? CostRequest.Validate
            : CostRequest.Default;
        graphQLRequest = graphQLRequest with { Services = context.RequestServices, Cost = cost, User = context.User };
        var result = await executor.ExecuteAsync(graphQLRequest, context.RequestAborted).ConfigureAwait(false);
        if (graphQLRequest.QueriesOnly && !result.HasData && result.Errors.Count == 1 && result.Errors[0].Message.StartsWith("Can only perform", StringComparison.Ordinal))
        {
            context.Response.Headers.Allow = "POST";
            await WriteAsync(context, mediaType, StatusCodes.Status405MethodNotAllowed, result).ConfigureAwait(false);
            return;
        }

        var code = result.HasData || mediaType == MediaTypes.Json || (result.Errors.Count == 0 && cost == CostRequest.Validate)
            ? StatusCodes.Status200OK
            : StatusCodes.Status400BadRequest;
        await WriteAsync(context, mediaType, code, result).ConfigureAwait(false);
    }

    private static (GraphQLRequest?, string?, int) FromGet(HttpRequest request)
    {
        var parsed = HttpRequestParser.FromQueryString(request.Query, out var error);
        return (parsed, error, StatusCodes.Status400BadRequest);
    }

    private async Task<(GraphQLRequest?, string?, int)> FromPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType is null ? null : MediaTypeHeaderValue.Parse(request.ContentType);
        if (contentType is null || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, "Only application/json requests in UTF-8 are accepted.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > options.MaxRequestBytes)
        {
            return (null, "The request is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            body.Write(buffer, 0, read);
            if (body.Length > options.MaxRequestBytes)
            {
                return (null, "The request is too large.", StatusCodes.Status413PayloadTooLarge);
            }
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var parsed = HttpRequestParser.FromJson(document.RootElement, out var error);
            return (parsed, error, StatusCodes.Status400BadRequest);
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON.", StatusCodes.Status400BadRequest);
        }
    }

    private static async Task WriteAsync(HttpContext context, string mediaType, int status, GraphQLResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter, GraphQLResult.WriterOptions);
        result.WriteTo(writer);
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
