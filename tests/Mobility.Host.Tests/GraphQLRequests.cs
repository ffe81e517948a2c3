using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Mobility.Host.Tests;

/// <summary>Posts GraphQL operations to a running platform's /graphql, signed in with an API token as a script would be.</summary>
internal static class GraphQLRequests
{
    /// <summary>Posts the operation; without <paramref name="token"/> nobody is signed in.</summary>
    public static async Task<JsonDocument> PostAsync(HttpClient client, string query, object? variables = null, string? cost = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (cost is not null)
        {
            request.Headers.Add("GraphQL-Cost", cost);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Length > 0, $"{(int)response.StatusCode} with an empty body");
        return JsonDocument.Parse(body);
    }

    /// <summary>Posts with <paramref name="token"/> and returns <c>data</c>, failing on any error.</summary>
    public static async Task<JsonElement> DataAsync(HttpClient client, string query, string token, object? variables = null)
    {
        using var result = await PostAsync(client, query, variables, token: token);
        Assert.Equal("", Errors(result));
        return result.RootElement.GetProperty("data").Clone();
    }

    public static string Errors(JsonDocument result) =>
        result.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "";
}
