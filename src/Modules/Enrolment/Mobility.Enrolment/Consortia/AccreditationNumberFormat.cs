using System.Text.RegularExpressions;

namespace Mobility.Enrolment.Consortia;

/// <summary>Erasmus accreditation numbers such as 2020-1-FR01-KA120-VET-095432 (a project reference plus the field).</summary>
internal static partial class AccreditationNumberFormat
{
    public const int MaxLength = 30;

    public static bool IsValid(string? number)
    {
        var match = number is null ? Match.Empty : Pattern().Match(number);
        return match.Success && ProjectReferenceFormat.IsErasmusCountry(match.Groups["agency"].Value);
    }

    [GeneratedRegex("^20[0-9]{2}-[1-3]-(?<agency>[A-Z]{2})[0-9]{2}-KA[0-9]{3}-(VET|SCH|ADU|YOU|HED)-[0-9]{6}$")]
    private static partial Regex Pattern();
}
