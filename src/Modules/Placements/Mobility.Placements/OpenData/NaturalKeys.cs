using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Mobility.Placements.OpenData;

/// <summary>
/// Identities that make a re-import find what an earlier one wrote: names compared after Unicode composition,
/// trimming, collapsing whitespace and lower-casing; long content hashed (SHA-256, hex).
/// </summary>
internal static partial class NaturalKeys
{
    private const char Separator = '\u001F';

    public static string Normalise(string value)
        => Whitespace().Replace(value.Normalize(NormalizationForm.FormC).Trim(), " ").ToLower(CultureInfo.InvariantCulture);

    public static string Organisation(string name, string isoCountry, string city)
        => Hash(string.Join(Separator, Normalise(name), isoCountry, Normalise(city)));

    public static string FromId(string id) => "id:" + id;

    public static string FromContent(IEnumerable<string> values) => "row:" + Hash(string.Join(Separator, values.Select(Normalise)));

    /// <summary>The n-th identical row of a file without ids (n from 2) is a mobility of its own.</summary>
    public static string Occurrence(string contentKey, int occurrence)
        => occurrence == 1 ? contentKey : $"{contentKey}#{occurrence.ToString(CultureInfo.InvariantCulture)}";

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
