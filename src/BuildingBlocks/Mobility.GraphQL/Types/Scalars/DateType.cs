using System.Globalization;

namespace Mobility.GraphQL.Types.Scalars;

/// <summary>Date: an ISO-8601 calendar date (yyyy-MM-dd).</summary>
internal sealed class DateType() : StringBackedScalar("Date", "The `Date` scalar represents an ISO-8601 compliant date type.", "https://tools.ietf.org/html/rfc3339")
{
    protected override bool TryParse(string text, out object value)
    {
        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        value = parsed;
        return ok;
    }

    protected override string? Format(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    };
}
