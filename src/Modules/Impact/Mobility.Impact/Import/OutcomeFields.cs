using System.Globalization;
using Mobility.BuildingBlocks.Geography;
using Mobility.GraphQL.Relay;
using Mobility.Impact.Outcomes;

namespace Mobility.Impact.Import;

/// <summary>The columns of the outcome file format.</summary>
internal static class OutcomeColumns
{
    public const string Kind = "kind";
    public const string LearnerId = "learner_id";
    public const string PlacementId = "placement_id";
    public const string StaffMemberId = "staff_member_id";
    public const string Session = "session";
    public const string Result = "result";
    public const string Language = "language";
    public const string Skill = "skill";
    public const string Before = "before";
    public const string After = "after";
    public const string Outcome = "outcome";
    public const string Detail = "detail";
    public const string Title = "title";
    public const string Date = "date";
    public const string Satisfaction = "satisfaction";
    public const string LanguageSkillsImproved = "language_skills_improved";
    public const string SelfConfidenceImproved = "self_confidence_improved";
    public const string ReadyToGoAgain = "ready_to_go_again";
    public const string OpenAnswer = "open_answer";
}

/// <summary>One row's fields by column name; every problem found is collected, so a row's reason lists them all.</summary>
internal sealed class OutcomeFields(IReadOnlyList<string> fields, IReadOnlyDictionary<string, int> columns)
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public void Problem(string problem) => _problems.Add(problem);

    /// <summary>The trimmed value, or null when the column is absent or the cell empty.</summary>
    public string? Optional(string column)
        => columns.TryGetValue(column, out var i) && fields[i].Trim() is { Length: > 0 } value ? value : null;

    public string Required(string column)
    {
        if (Optional(column) is { } value)
        {
            return value;
        }

        Problem(columns.ContainsKey(column) ? $"{column} is empty" : $"the file has no {column} column");
        return "";
    }

    /// <summary>A UUID, or the global ID of a <paramref name="typeName"/> as the GraphQL API gives it.</summary>
    public Guid Id(string column, string typeName)
    {
        var value = Required(column);
        if (value.Length == 0)
        {
            return Guid.Empty;
        }

        if (GlobalId.TryParse(value, typeName, out var id, out var otherType))
        {
            return id;
        }

        Problem(otherType is null ? $"{column} '{value}' is not an id" : $"{column} '{value}' is the id of a {otherType}, not of a {typeName}");
        return Guid.Empty;
    }

    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum
        => OptionalEnum<TEnum>(column, required: true) ?? default;

    /// <summary>An enum written as its name in any case, with spaces, hyphens or underscores: "job offer", "JOB_OFFER", "JobOffer".</summary>
    public TEnum? OptionalEnum<TEnum>(string column, bool required = false)
        where TEnum : struct, Enum
    {
        var value = required ? Required(column) : Optional(column);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var name = Normalise(value);
        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (Normalise(candidate.ToString()) == name)
            {
                return candidate;
            }
        }

        Problem($"{column} '{value}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>().Select(Snake))}");
        return null;
    }

    public CefrLevel? Cefr(string column)
    {
        var value = Optional(column);
        if (value is null)
        {
            return null;
        }

        if (System.Enum.TryParse<CefrLevel>(value, ignoreCase: true, out var level) && System.Enum.IsDefined(level) && !int.TryParse(value, out _))
        {
            return level;
        }

        Problem($"{column} '{value}' is not a CEFR level (A1, A2, B1, B2, C1, C2)");
        return null;
    }

    /// <summary>A Likert answer: 1 (strongly disagree) to 5 (strongly agree), or its name.</summary>
    public Likert? Likert(string column)
    {
        var value = Optional(column);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var points))
        {
            if (points is >= 1 and <= 5)
            {
                return (Likert)points;
            }

            Problem($"{column} '{value}' is not between 1 (strongly disagree) and 5 (strongly agree)");
            return null;
        }

        return OptionalEnum<Likert>(column);
    }

    public DateOnly Date(string column)
    {
        var value = Required(column);
        if (value.Length == 0)
        {
            return default;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem($"{column} '{value}' is not a date (yyyy-MM-dd)");
        return default;
    }

    public string Text(string column, int maxLength, bool required)
    {
        var value = required ? Required(column) : Optional(column) ?? "";
        if (value.Length > maxLength)
        {
            Problem($"{column} is longer than {maxLength} characters");
        }

        return value;
    }

    public static string Snake(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Normalise(string value) => new([.. value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
