using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Mobility.Access.Tests.Platform;

/// <summary>A GraphQL client sending an API token as a script would.</summary>
internal static class GraphQLClient
{
    public static async Task<HttpResponseMessage> PostAsync(Uri address, string query, string? token = null, object? variables = null)
    {
        using var client = new HttpClient { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> DataAsync(Uri address, string query, string? token = null, object? variables = null)
    {
        using var response = await PostAsync(address, query, token, variables);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.TryGetProperty("errors", out _), body);
        return json.RootElement.GetProperty("data").Clone();
    }

    public static async Task<string?> MeEmailAsync(Uri address, string token) =>
        (await DataAsync(address, "{ me { email } }", token)).GetProperty("me").GetProperty("email").GetString();
}
