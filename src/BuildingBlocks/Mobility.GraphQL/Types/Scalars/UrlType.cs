namespace Mobility.GraphQL.Types.Scalars;

/// <summary>URL: an absolute URI.</summary>
internal sealed class UrlType() : StringBackedScalar("URL", "The `URL` scalar represents an absolute URL.", "https://tools.ietf.org/html/rfc3986")
{
    protected override bool TryParse(string text, out object value)
    {
        var ok = Uri.TryCreate(text, UriKind.Absolute, out var parsed);
        value = parsed!;
        return ok;
    }

    protected override string? Format(object value) => value is Uri u ? u.AbsoluteUri : null;
}
