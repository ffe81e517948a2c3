using System.Text.Json;
using System.Text.Json.Serialization;
using Mobility.BuildingBlocks.Domain;
using Mobility.Placements.Contracts;

namespace Mobility.Placements.Grants;

/// <summary>
/// The rate files shipped with the module, one per call year in which the figures changed. A call year uses the
/// latest file at or before it (the 2021 figures hold for calls 2021 to 2023).
/// </summary>
internal sealed class GrantRatesCatalogue
{
    private const string ResourcePrefix = "Mobility.Placements.Grants.Rates.";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly IReadOnlyList<GrantRates> _years;

    public GrantRatesCatalogue(IEnumerable<GrantRates> years) => _years = [.. years.OrderBy(y => y.CallYear)];

    public IReadOnlyList<int> CallYears => [.. _years.Select(y => y.CallYear)];

    public static GrantRatesCatalogue LoadEmbedded()
    {
        var assembly = typeof(GrantRatesCatalogue).Assembly;
        return new GrantRatesCatalogue(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return Parse(stream);
            }));
    }

    public static GrantRates Parse(Stream json)
        => JsonSerializer.Deserialize<GrantRates>(json, JsonOptions) ?? throw new InvalidOperationException("Empty rate file.");

    public GrantRates For(int callYear)
        => _years.LastOrDefault(y => y.CallYear <= callYear)
            ?? throw new DomainRuleViolationException("RATES_UNKNOWN_FOR_CALL_YEAR",
                $"No unit costs are loaded for call {callYear}; the rate files cover calls from {_years[0].CallYear}.");

    public ActivityDuration DurationOf(PlacementKind kind, int callYear)
        => For(callYear).Activities.Items.FirstOrDefault(a => a.Kind == kind)
            ?? throw new DomainRuleViolationException("ACTIVITY_NOT_IN_CALL_YEAR", $"Call {callYear} does not fund {kind}.");
}
