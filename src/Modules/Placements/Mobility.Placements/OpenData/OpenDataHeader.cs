namespace Mobility.Placements.OpenData;

/// <summary>
/// The header of an open-data file: columns are found by name, in any order. The Commission's format has 24
/// columns; derived files may drop the optional ones and add an <c>id</c>. Other columns are ignored.
/// </summary>
internal sealed class OpenDataHeader
{
    public static readonly IReadOnlyList<string> Required =
    [
        "project_reference", "academic_year", "mobility_start_month", "mobility_end_month", "mobility_duration",
        "activity_mob", "participant_nationality", "participant_gender", "participant_profile", "special_needs",
        "fewer_opportunities", "group_leader", "participant_age", "sending_country_code", "sending_city",
        "sending_organization", "receiving_country_code", "receiving_city", "receiving_organization",
    ];

    public static readonly IReadOnlyList<string> Optional = ["id", "participants", "field_of_education", "education_level"];

    private readonly Dictionary<string, int> _positions;

    private OpenDataHeader(Dictionary<string, int> positions, int count)
    {
        _positions = positions;
        Count = count;
    }

    public int Count { get; }

    public static OpenDataHeader Parse(IReadOnlyList<string> names)
    {
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            if (!positions.TryAdd(names[i].Trim(), i))
            {
                throw new OpenDataFileException($"The header names the column '{names[i].Trim()}' twice.");
            }
        }

        var missing = Required.Where(c => !positions.ContainsKey(c)).ToList();
        return missing.Count == 0
            ? new OpenDataHeader(positions, names.Count)
            : throw new OpenDataFileException(
                $"The header lacks the required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}; "
                + "this is not an Erasmus+ mobility open-data file.");
    }

    public bool Has(string column) => _positions.ContainsKey(column);

    /// <summary>The trimmed value of a column, or null when the file has no such column.</summary>
    public string? Value(IReadOnlyList<string> fields, string column)
        => _positions.TryGetValue(column, out var position) ? fields[position].Trim() : null;
}
