using System.Text.RegularExpressions;

namespace Mobility.Enrolment.Qualifications;

/// <summary>The European Qualifications Framework has eight levels; ISCED-F 2013 detailed fields have four digits.</summary>
internal static partial class QualificationRules
{
    public const int MinEqfLevel = 1;
    public const int MaxEqfLevel = 8;

    public static bool IsEqfLevel(int level) => level is >= MinEqfLevel and <= MaxEqfLevel;

    public static bool IsIscedField(string? code) => code is not null && IscedPattern().IsMatch(code);

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex IscedPattern();
}
