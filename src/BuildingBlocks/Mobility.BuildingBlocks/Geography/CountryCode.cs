namespace Mobility.BuildingBlocks.Geography;

/// <summary>
/// A country as ISO 3166-1 alpha-2. Erasmus+ writes Greece as EL and the United Kingdom as UK; both are accepted
/// on input and stored as GR and GB, and <see cref="ErasmusCode"/> gives them back the programme's way.
/// </summary>
public readonly record struct CountryCode
{
    private CountryCode(string iso) => Iso = iso;

    public string Iso { get; }

    public string ErasmusCode => Iso switch
    {
        "GR" => "EL",
        "GB" => "UK",
        _ => Iso,
    };

    public string Name => CountryNames.ByCode[Iso];

    public static CountryCode Parse(string code)
        => TryParse(code, out var country)
            ? country
            : throw new FormatException($"'{code}' is not an ISO 3166-1 alpha-2 country code (Erasmus+ EL and UK are accepted).");

    public static bool TryParse(string? code, out CountryCode country)
    {
        country = default;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var normalised = code.Trim().ToUpperInvariant() switch
        {
            "EL" => "GR",
            "UK" => "GB",
            var other => other,
        };
        if (!CountryNames.ByCode.ContainsKey(normalised))
        {
            return false;
        }

        country = new CountryCode(normalised);
        return true;
    }

    public static bool IsValid(string? code) => TryParse(code, out _);

    public override string ToString() => Iso;
}
