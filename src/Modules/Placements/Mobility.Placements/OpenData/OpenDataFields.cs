using System.Globalization;
using System.Text.RegularExpressions;
using Mobility.BuildingBlocks.Geography;

namespace Mobility.Placements.OpenData;

/// <summary>Typed reads of one row's fields; a value that does not fit adds a problem and reads as a default.</summary>
internal sealed partial class OpenDataFields(IReadOnlyList<string> fields, OpenDataHeader header)
{
    public List<string> Problems { get; } = [];

    public void Problem(string problem) => Problems.Add(problem);

    public string? Raw(string column) => header.Value(fields, column);

    public string Text(string column, int maxLength)
    {
        var value = Raw(column) ?? "";
        if (value.Length == 0)
        {
            Problem($"{column} is empty");
        }

        return Fits(column, value, maxLength);
    }

    public string? OptionalText(string column, int maxLength)
        => Raw(column) is { Length: > 0 } value ? Fits(column, value, maxLength) : null;

    public int Number(string column, int min, int max)
    {
        var value = Raw(column);
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Problem($"{column} '{value}' is not a whole number from {min} to {max}");
        return 0;
    }

    public int? OptionalNumber(string column, int min, int max) => Raw(column) is { Length: > 0 } ? Number(column, min, max) : null;

    public bool YesNo(string column)
    {
        var value = Raw(column);
        if (string.Equals(value, "Yes", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "No", StringComparison.OrdinalIgnoreCase))
        {
            return string.Equals(value, "Yes", StringComparison.OrdinalIgnoreCase);
        }

        Problem($"{column} '{value}' is neither Yes nor No");
        return false;
    }

    public DateOnly Month(string column)
    {
        var value = Raw(column);
        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        Problem($"{column} '{value}' is not a month like 2019-09");
        return DateOnly.MinValue;
    }

    public string AcademicYear(string column)
    {
        var value = Raw(column) ?? "";
        var match = AcademicYearPattern().Match(value);
        if (match.Success && int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) == int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1)
        {
            return value;
        }

        Problem($"{column} '{value}' is not a year like 2019-2020");
        return value;
    }

    public string KeyAction(string column)
    {
        var value = Raw(column) ?? "";
        var keyAction = value.Split('-').FirstOrDefault(part => KeyActionPattern().IsMatch(part));
        if (keyAction is null && value.Length > 0)
        {
            Problem($"{column} '{value}' names no key action (KAnnn)");
        }

        return keyAction?.ToUpperInvariant() ?? "";
    }

    public string? Nationality(string column)
    {
        var value = Raw(column);
        if (string.IsNullOrEmpty(value) || value == "-")
        {
            return null;
        }

        if (CountryCode.TryParse(value, out var country))
        {
            return country.Iso;
        }

        Problem($"{column} '{value}' is not a country code");
        return null;
    }

    /// <summary>The sending or receiving organisation, named by its name, country code and city.</summary>
    public OpenDataPlace Organisation(string role)
    {
        var name = Text($"{role}_organization", OpenDataLimits.Name);
        var city = Fits($"{role}_city", Raw($"{role}_city") ?? "", OpenDataLimits.City);
        var code = Raw($"{role}_country_code");
        if (!CountryCode.TryParse(code, out var country))
        {
            Problem($"{role}_country_code '{code}' is not a country code");
        }

        return new OpenDataPlace(name, country.Iso ?? "", city);
    }

    private string Fits(string column, string value, int maxLength)
    {
        if (value.Length > maxLength)
        {
            Problem($"{column} is longer than {maxLength} characters");
        }

        return value;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{4})$")]
    private static partial Regex AcademicYearPattern();

    [GeneratedRegex(@"^KA\d{3}$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyActionPattern();
}
