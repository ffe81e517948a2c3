using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Paging;

/// <summary>
/// Opaque cursors: base64 of a JSON array holding a fingerprint of the order (so a cursor from another
/// <c>order:</c> is rejected) and the row's sort-key values, entity key last.
/// </summary>
internal static class Cursor
{
    public static string Fingerprint(IEnumerable<string> keys) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', keys))), 0, 6);

    public static string Encode(string fingerprint, object?[] values, Type[] types)
    {
        var items = new object?[values.Length + 1];
        items[0] = fingerprint;
        for (var i = 0; i < values.Length; i++)
        {
            items[i + 1] = values[i] is null ? null : JsonSerializer.SerializeToElement(values[i], types[i]);
        }

        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(items));
    }

    public static object?[] Decode(string cursor, string fingerprint, Type[] types, string argument)
    {
        try
        {
            using var document = JsonDocument.Parse(Convert.FromBase64String(cursor));
            var items = document.RootElement;
            if (items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == types.Length + 1 && items[0].GetString() == fingerprint)
            {
                var values = new object?[types.Length];
                for (var i = 0; i < types.Length; i++)
                {
                    values[i] = items[i + 1].ValueKind == JsonValueKind.Null ? null : items[i + 1].Deserialize(types[i]);
                }

                return values;
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or NotSupportedException)
        {
            // reported below
        }

        throw new GraphQLException($"The cursor given to \"{argument}\" is not valid for this field and order.", ErrorCodes.InvalidCursor);
    }
}
