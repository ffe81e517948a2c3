using System.Text.RegularExpressions;

namespace Mobility.Enrolment.Organisations;

internal static partial class OidFormat
{
    public static bool IsValid(string? oid) => oid is not null && Pattern().IsMatch(oid);

    [GeneratedRegex("^E[0-9]{8}$")]
    private static partial Regex Pattern();
}
