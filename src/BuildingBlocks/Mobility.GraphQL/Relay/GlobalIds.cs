using System.Globalization;
using System.Text;

namespace Mobility.GraphQL.Relay;

/// <summary>
/// Opaque global IDs in HotChocolate's format: base64 of <c>TypeName:key</c>, a Guid key written without dashes
/// (HotChocolate's uncompressed form); dashes are accepted on the way in.
/// </summary>
internal static class GlobalIds
{
    public static string Encode(string typeName, object key)
    {
        var text = key switch
        {
            Guid guid => guid.ToString("N", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => key.ToString() ?? "",
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + text));
    }

    /// <summary>The type name and key text of a global ID, or false when it is not one.</summary>
    public static bool TryDecode(string id, out string typeName, out string key)
    {
        typeName = key = "";
        var bytes = new byte[(id.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(id, bytes, out var written))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        typeName = text[..colon];
        key = text[(colon + 1)..];
        return true;
    }

    /// <summary>Parses a key's text to the CLR type the resolver takes (Guid, int, long, short or string).</summary>
    public static bool TryParseKey(string text, Type type, out object? key)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        key = null;
        if (target == typeof(string))
        {
            key = text;
        }
        else if (target == typeof(Guid) && Guid.TryParse(text, CultureInfo.InvariantCulture, out var guid))
        {
            key = guid;
        }
        else if (target == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            key = number;
        }
        else if (target == typeof(long) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var big))
        {
            key = big;
        }
        else if (target == typeof(short) && short.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var small))
        {
            key = small;
        }

        return key is not null;
    }

    /// <summary>Whether global IDs can carry keys of this CLR type.</summary>
    public static bool SupportsKey(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target == typeof(string) || target == typeof(Guid) || target == typeof(int) || target == typeof(long) || target == typeof(short);
    }
}
