using System.Globalization;
using System.Text.RegularExpressions;
using Mobility.BuildingBlocks.Geography;

namespace Mobility.Enrolment.Consortia;

/// <summary>
/// Erasmus+ project references such as 2020-1-FR01-KA202-080445: call year, round 1-3, national agency (Erasmus+
/// country code and two digits), key action and a six-digit number. The agency letters are the programme's codes,
/// so Greece is EL and the United Kingdom UK (GR and GB never appear in a reference).
/// </summary>
internal static partial class ProjectReferenceFormat
{
    public const int MaxLength = 24;

    /// <summary>The programme generation whose references take this shape started with the 2014 call.</summary>
    private const int FirstYear = 2014;

    public static bool IsValid(string? reference)
    {
        var match = reference is null ? Match.Empty : Pattern().Match(reference);
        return match.Success
            && int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) >= FirstYear
            && IsErasmusCountry(match.Groups["agency"].Value);
    }

    public static bool IsErasmusCountry(string letters)
        => CountryCode.TryParse(letters, out var country) && country.ErasmusCode == letters;

    [GeneratedRegex("^(?<year>20[0-9]{2})-[1-3]-(?<agency>[A-Z]{2})[0-9]{2}-KA[0-9]{3}-[0-9]{6}$")]
    private static partial Regex Pattern();
}
