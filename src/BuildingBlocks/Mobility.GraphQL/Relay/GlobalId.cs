namespace Mobility.GraphQL.Relay;

/// <summary>
/// The API's global IDs for code outside GraphQL that takes what a user copied from it (a CSV file, a link): the same
/// format the schema writes, and the same leniency, a bare UUID being taken as the key of the expected type.
/// </summary>
public static class GlobalId
{
    /// <summary>The global ID of the <paramref name="typeName"/> whose key is <paramref name="key"/>.</summary>
    public static string Of(string typeName, Guid key) => GlobalIds.Encode(typeName, key);

    /// <summary>
    /// Reads <paramref name="value"/> as a bare UUID or a global ID of <paramref name="typeName"/>. False when it is
    /// neither; <paramref name="otherType"/> then names the type a well-formed global ID of another type refers to.
    /// </summary>
    public static bool TryParse(string value, string typeName, out Guid key, out string? otherType)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        otherType = null;
        if (Guid.TryParse(value, out key))
        {
            return true;
        }

        if (!GlobalIds.TryDecode(value, out var named, out var keyText) || !Guid.TryParse(keyText, out key))
        {
            key = Guid.Empty;
            return false;
        }

        if (named != typeName)
        {
            otherType = named;
            key = Guid.Empty;
            return false;
        }

        return true;
    }
}
