using System.Text.Json;
using System.Text.Json.Serialization;
using Mobility.Impact.Indicators;

namespace Mobility.Impact.Snapshots;

/// <summary>What a snapshot computed: its filter and breakdowns, stored as JSON beside the figures.</summary>
internal sealed record SnapshotParameters(IndicatorFilter Filter, IReadOnlyList<Dimension> Breakdowns)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SnapshotParameters FromJson(string json) => JsonSerializer.Deserialize<SnapshotParameters>(json, Json)
        ?? throw new InvalidOperationException("Snapshot parameters are empty.");
}
