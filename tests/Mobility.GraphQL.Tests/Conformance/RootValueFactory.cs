using System.Globalization;
using System.Text.Json;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.Conformance;

/// <summary>Builds the same root value as oracle.js from execution-data.json, including its $error/$async tricks.</summary>
internal static class RootValueFactory
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static object? Create(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("$error", out var message) => Throwing(message.GetString()!),
        JsonValueKind.Object when element.TryGetProperty("$async", out var later) => Delayed(Create(later)),
        JsonValueKind.Object when element.TryGetProperty("$asyncError", out var asyncMessage) => DelayedFailure(asyncMessage.GetString()!),
        JsonValueKind.Object when element.TryGetProperty("$echoArgs", out _) =>
            (FieldResolver)(context => Canonical(context.Arguments)),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Create(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(Create).ToList(),
        _ => Plain(element),
    };

    public static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt64(out var l) => l,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(Plain).ToList(),
        _ => null,
    };

    private static FieldResolver Throwing(string message) => _ => throw new GraphQLException(message);

    private static FieldResolver Delayed(object? value) => _ => Later(value);

    private static FieldResolver DelayedFailure(string message) => _ => LaterFailure(message);

    private static async Task<object?> Later(object? value)
    {
        await Task.Delay(1).ConfigureAwait(false);
        return value;
    }

    private static async Task<string> LaterFailure(string message)
    {
        await Task.Delay(1).ConfigureAwait(false);
        throw new GraphQLException(message);
    }

    /// <summary>JSON with sorted keys, as oracle.js's canonical().</summary>
    public static string Canonical(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s, Relaxed),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<KeyValuePair<string, object?>> map => "{" + string.Join(",", map.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => Canonical(kv.Key) + ":" + Canonical(kv.Value))) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Canonical)) + "]",
        _ => Canonical(value.ToString()),
    };
}
