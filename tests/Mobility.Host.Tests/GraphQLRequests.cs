using System.Net.Http.Json;
using System.Text.Json;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Host.Tests;

/// <summary>Posts GraphQL operations to a running platform's /graphql.</summary>
internal static class GraphQLRequests
{
    public static async Task<JsonDocument> PostAsync(HttpClient client, string query, object? variables = null, string? cost = null, Viewer? viewer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Add(TestHeaderViewerSource.Header, TestViewers.Describe(viewer ?? Viewer.System));
        if (cost is not null)
        {
            request.Headers.Add("GraphQL-Cost", cost);
        }

        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts as <paramref name="viewer"/> and returns <c>data</c>, failing on any error.</summary>
    public static async Task<JsonElement> DataAsync(HttpClient client, string query, Viewer viewer, object? variables = null)
    {
        using var result = await PostAsync(client, query, variables, viewer: viewer);
        Assert.Equal("", Errors(result));
        return result.RootElement.GetProperty("data").Clone();
    }

    public static string Errors(JsonDocument result) =>
        result.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "";
}
