using System.Globalization;
using System.Text.RegularExpressions;
using Mobility.BuildingBlocks.Geography;

namespace Mobility.Recognition.DecisionSupport;

/// <summary>
/// One test of a rule, written as a coordinator reads it: <c>durationDays &gt;= 28</c>, <c>hostKind = Company</c>,
/// <c>qualificationLevel in [CAP, Bac Pro]</c>, <c>languageLevel &lt; B1</c>. Operators: = != &lt; &lt;= &gt; &gt;= in "not in";
/// ordering operators apply to numbers and CEFR levels only.
/// </summary>
internal sealed partial class Condition
{
    private Condition(string text, DecisionFact fact, string op, IReadOnlyList<object> values)
    {
        Text = text;
        Fact = fact;
        Operator = op;
        Values = values;
    }

    public string Text { get; }

    public DecisionFact Fact { get; }

    public string Operator { get; }

    public IReadOnlyList<object> Values { get; }

    /// <summary>Parses a condition, or says exactly what is wrong with it.</summary>
    public static bool TryParse(string text, out Condition? condition, out string error)
    {
        condition = null;
        var match = Shape().Match(text ?? "");
        if (!match.Success)
        {
            error = $"'{text}' is not a condition: write 'fact operator value', e.g. 'durationDays >= 28'.";
            return false;
        }

        var fact = DecisionFact.Named(match.Groups["fact"].Value);
        if (fact is null)
        {
            error = $"'{match.Groups["fact"].Value}' is not a fact; known facts: {string.Join(", ", DecisionFact.All.Select(f => f.Name))}.";
            return false;
        }

        var op = Regex.Replace(match.Groups["op"].Value.ToLowerInvariant(), @"\s+", " ");
        var isList = op is "in" or "not in";
        var raw = match.Groups["value"].Value.Trim();
        if (isList != (raw.StartsWith('[') && raw.EndsWith(']')))
        {
            error = isList ? $"'{text}': '{op}' takes a list in brackets, e.g. [CAP, Bac Pro]." : $"'{text}': a list needs 'in' or 'not in'.";
            return false;
        }

        if (op is "<" or "<=" or ">" or ">=" && fact.Type is not (FactType.Number or FactType.Cefr))
        {
            error = $"'{text}': {fact.Name} cannot be compared with '{op}'; use = or !=.";
            return false;
        }

        var items = isList ? raw[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [raw];
        var values = new List<object>();
        foreach (var item in items)
        {
            if (!TryValue(fact.Type, item, out var value))
            {
                error = $"'{text}': '{item}' is not a valid value for {fact.Name} ({Expected(fact.Type)}).";
                return false;
            }

            values.Add(value);
        }

        if (values.Count == 0)
        {
            error = $"'{text}': the list is empty.";
            return false;
        }

        condition = new Condition(text!.Trim(), fact, op, values);
        error = "";
        return true;
    }

    public bool IsMetBy(DecisionFacts facts)
    {
        var actual = Fact.Read(facts);
        return Operator switch
        {
            "=" => EqualTo(actual, Values[0]),
            "!=" => !EqualTo(actual, Values[0]),
            "in" => Values.Any(v => EqualTo(actual, v)),
            "not in" => !Values.Any(v => EqualTo(actual, v)),
            "<" => Compare(actual, Values[0]) < 0,
            "<=" => Compare(actual, Values[0]) <= 0,
            ">" => Compare(actual, Values[0]) > 0,
            _ => Compare(actual, Values[0]) >= 0,
        };
    }

    private static bool EqualTo(object actual, object expected)
        => actual is string s ? string.Equals(s, (string)expected, StringComparison.OrdinalIgnoreCase) : actual.Equals(expected);

    private static int Compare(object actual, object expected) => Convert.ToInt32(actual, CultureInfo.InvariantCulture).CompareTo(Convert.ToInt32(expected, CultureInfo.InvariantCulture));

    private static bool TryValue(FactType type, string text, out object value)
    {
        value = text;
        switch (type)
        {
            case FactType.Number when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number):
                value = number;
                return true;
            case FactType.Boolean when bool.TryParse(text, out var flag):
                value = flag;
                return true;
            case FactType.Cefr when Enum.TryParse<CefrLevel>(text, true, out var level) && Enum.IsDefined(level) && !int.TryParse(text, out _):
                value = level;
                return true;
            case FactType.HostKind when Enum.TryParse<HostKind>(text, true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _):
                value = kind;
                return true;
            case FactType.Text:
                return text.Length > 0;
            default:
                return false;
        }
    }

    private static string Expected(FactType type) => type switch
    {
        FactType.Number => "a whole number",
        FactType.Boolean => "true or false",
        FactType.Cefr => "A1, A2, B1, B2, C1 or C2",
        FactType.HostKind => "Company or TrainingBody",
        _ => "some text",
    };

    [GeneratedRegex(@"^\s*(?<fact>[A-Za-z]+)\s*(?<op>not\s+in\b|in\b|!=|<=|>=|=|<|>)\s*(?<value>.+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
