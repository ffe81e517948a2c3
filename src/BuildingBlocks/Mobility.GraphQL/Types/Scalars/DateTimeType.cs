using System.Globalization;

namespace Mobility.GraphQL.Types.Scalars;

/// <summary>DateTime: an RFC 3339 date-time with offset (HotChocolate's DateTime).</summary>
internal sealed class DateTimeType() : StringBackedScalar("DateTime", "The `DateTime` scalar represents an ISO-8601 compliant date time type.", "https://www.graphql-scalars.com/date-time")
{
    protected override bool TryParse(string text, out object value)
    {
        DateTimeOffset parsed = default;
        var ok = text.Length >= 20 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed);
        value = parsed;
        return ok;
    }

    protected override string? Format(object value) => value switch
    {
        DateTimeOffset d => d.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d)
            .ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        _ => null,
    };
}
