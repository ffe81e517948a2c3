using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.AspNetCore;

/// <summary>Reads query, operationName, variables and extensions from a GET query string or a JSON body.</summary>
internal static class HttpRequestParser
{
    public static GraphQLRequest? FromQueryString(IQueryCollection query, out string? error)
    {
        error = null;
        if (!query.TryGetValue("query", out var text) || string.IsNullOrEmpty(text))
        {
            error = "Missing query.";
            return null;
        }

        var variables = ParseJsonParameter(query["variables"], "variables", ref error);
        ParseJsonParameter(query["extensions"], "extensions", ref error);
        return error is null
            ? new GraphQLRequest { Query = text!, OperationName = query.TryGetValue("operationName", out var name) ? name.ToString() : null, Variables = variables, QueriesOnly = true }
            : null;
    }

    public static GraphQLRequest? FromJson(JsonElement body, out string? error)
    {
        error = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = "The request body must be a JSON object.";
            return null;
        }

        if (!body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            error = "The 'query' parameter must be a string.";
            return null;
        }

        string? operationName = null;
        if (body.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                error = "The 'operationName' parameter must be a string.";
                return null;
            }

            operationName = name.GetString();
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        foreach (var key in (string[])["variables", "extensions"])
        {
            if (body.TryGetProperty(key, out var map) && map.ValueKind != JsonValueKind.Null)
            {
                if (map.ValueKind != JsonValueKind.Object)
                {
                    error = $"The '{key}' parameter must be a map.";
                    return null;
                }

                if (key == "variables")
                {
                    variables = (IReadOnlyDictionary<string, object?>)JsonValues.ToPlain(map)!;
                }
            }
        }

        return new GraphQLRequest { Query = query.GetString()!, OperationName = operationName, Variables = variables };
    }

    private static IReadOnlyDictionary<string, object?>? ParseJsonParameter(string? text, string name, ref string? error)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"The '{name}' parameter must be a map.";
                return null;
            }

            return (IReadOnlyDictionary<string, object?>)JsonValues.ToPlain(document.RootElement)!;
        }
        catch (JsonException)
        {
            error = $"The '{name}' parameter is not valid JSON.";
            return null;
        }
    }
}
