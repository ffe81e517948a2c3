using System.Buffers.Text;

namespace Mobility.GraphQL.GraphiQL;

internal static class ETags
{
    /// <summary>A strong entity tag from a content hash; 128 bits are plenty to tell versions apart.</summary>
    public static string Of(ReadOnlySpan<byte> hash) => $"\"{Base64Url.EncodeToString(hash[..16])}\"";
}
