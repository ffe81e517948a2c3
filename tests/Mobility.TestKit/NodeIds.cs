using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mobility.TestKit;

/// <summary>Reads the key of an id the API answered: a node's global ID (base64 of <c>Type:key</c>) or a plain UUID.</summary>
public static class NodeIds
{
    public static Guid NodeKey(this JsonElement id)
    {
        var text = id.GetString() ?? throw new InvalidOperationException("The id is null.");
        if (Guid.TryParse(text, CultureInfo.InvariantCulture, out var plain))
        {
            return plain;
        }

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(text));
        return Guid.Parse(decoded[(decoded.IndexOf(':', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>The type a global ID names (<c>Learner</c>, <c>Placement</c>, ...).</summary>
    public static string NodeType(this JsonElement id)
    {
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(id.GetString()!));
        return decoded[..decoded.IndexOf(':', StringComparison.Ordinal)];
    }

    /// <summary>The global ID of a <paramref name="typeName"/> with this key, as the API writes it.</summary>
    public static string Of(string typeName, Guid key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + key.ToString("N", CultureInfo.InvariantCulture)));
}
