using System.Globalization;

namespace Mobility.Impact.Indicators;

/// <summary>Academic years run from 1 September to 31 August and are written "2019-2020".</summary>
internal static class AcademicYears
{
    public static string Of(DateOnly date)
    {
        var first = date.Month >= 9 ? date.Year : date.Year - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{first}-{first + 1}");
    }

    public static bool IsValid(string? value)
        => value is { Length: 9 } && value[4] == '-'
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(value.AsSpan(5, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var second)
            && second == first + 1;
}
