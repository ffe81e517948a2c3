using System.Globalization;

namespace Mobility.GraphQL.Types.Scalars;

/// <summary>UUID: a Guid written in its 36-character form.</summary>
internal sealed class UuidType() : StringBackedScalar("UUID", "The `UUID` scalar represents a universally unique identifier.", "https://tools.ietf.org/html/rfc4122")
{
    protected override bool TryParse(string text, out object value)
    {
        var ok = Guid.TryParseExact(text, "D", out var parsed);
        value = parsed;
        return ok;
    }

    protected override string? Format(object value) => value is Guid g ? g.ToString("D", CultureInfo.InvariantCulture) : null;
}
