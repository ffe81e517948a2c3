using System.Text.Json;
using System.Text.Json.Serialization;
using Mobility.BuildingBlocks.Domain;

namespace Mobility.Recognition.Schemes;

/// <summary>
/// The recognition schemes the platform knows, read from <c>recognition-schemes.json</c> embedded in the module
/// and checked when loaded, so a broken file stops start-up with the scheme and the fault named.
/// </summary>
internal sealed class RecognitionSchemeCatalogue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private readonly Dictionary<string, RecognitionScheme> _schemes;

    public RecognitionSchemeCatalogue(IEnumerable<RecognitionScheme> schemes)
    {
        _schemes = new Dictionary<string, RecognitionScheme>(StringComparer.OrdinalIgnoreCase);
        foreach (var scheme in schemes)
        {
            Check(scheme);
            if (!_schemes.TryAdd(scheme.Code, scheme))
            {
                throw new InvalidOperationException($"Recognition scheme {scheme.Code} is defined twice.");
            }
        }
    }

    public IReadOnlyList<RecognitionScheme> All => [.. _schemes.Values.OrderBy(s => s.Code, StringComparer.Ordinal)];

    public RecognitionScheme Get(string code)
        => _schemes.TryGetValue(code, out var scheme)
            ? scheme
            : throw new DomainRuleViolationException("RECOGNITION_SCHEME_UNKNOWN",
                $"There is no recognition scheme '{code}'; known schemes: {string.Join(", ", _schemes.Keys.Order(StringComparer.Ordinal))}.");

    public static RecognitionSchemeCatalogue LoadEmbedded()
    {
        using var stream = typeof(RecognitionSchemeCatalogue).Assembly.GetManifestResourceStream("Mobility.Recognition.Schemes.recognition-schemes.json")
            ?? throw new InvalidOperationException("The recognition schemes file is not embedded in the module.");
        return Parse(stream);
    }

    public static RecognitionSchemeCatalogue Parse(Stream json)
        => new(JsonSerializer.Deserialize<List<RecognitionScheme>>(json, Json)
            ?? throw new InvalidOperationException("The recognition schemes file is empty."));

    private static void Check(RecognitionScheme scheme)
    {
        void Require(bool condition, string fault)
        {
            if (!condition)
            {
                throw new InvalidOperationException($"Recognition scheme {scheme.Code}: {fault}");
            }
        }

        Require(!string.IsNullOrWhiteSpace(scheme.Code), "a scheme needs a code.");
        Require(scheme.Name?.ContainsKey("en") == true, "the name needs an English label.");
        Require(scheme.Levels is { Count: > 0 }, "the grid needs at least one level.");
        Require(scheme.Levels.Any(l => l.Passes), "at least one grid level must pass.");
        Require(scheme.Parts is { Count: > 0 }, "a scheme has at least one part.");
        Require(scheme.Parts.Select(p => p.AssessedBy).Distinct().Count() == scheme.Parts.Count, "each assessor holds one part at most.");
        Require(scheme.PartFor(Assessor.HostTutor) is not null, "the host tutor assesses one part.");
        Require(scheme.Parts.All(p => p.Weight > 0), "part weights are positive.");
        Require(scheme.Parts.All(p => p.WithinMonthsOfReturn is null or > 0), "a return deadline is a positive number of months.");
        Require(scheme.MarkScale is null or > 0, "the mark scale is positive.");
        Require((scheme.PassMark is null) || (scheme.MarkScale is { } scale && scheme.PassMark > 0 && scheme.PassMark <= scale),
            "a pass mark needs a mark scale and lies within it.");
    }
}
