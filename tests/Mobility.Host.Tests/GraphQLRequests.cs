using System.Net.Http.Json;
using System.Text.Json;

namespace Mobility.Host.Tests;

/// <summary>Posts GraphQL operations to a running platform's /graphql.</summary>
internal static class GraphQLRequests
{
    public static async Task<JsonDocument> PostAsync(HttpClient client, string query, object? variables = null, string? cost = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (cost is not null)
        {
            request.Headers.Add("GraphQL-Cost", cost);
        }

        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public static string Errors(JsonDocument result) =>
        result.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "";
}
