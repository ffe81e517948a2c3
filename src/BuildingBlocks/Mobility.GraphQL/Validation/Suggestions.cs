namespace Mobility.GraphQL.Validation;

/// <summary>"Did you mean …?" hints: options within a small edit distance, best first (as graphql-js suggests).</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static List<string> For(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (Distance(input, option, threshold) is { } distance)
            {
                distances.TryAdd(option, distance);
            }
        }

        return [.. distances.Keys.Order(Comparer<string>.Create((a, b) =>
            distances[a] != distances[b] ? distances[a].CompareTo(distances[b]) : NaturalCompare(a, b)))];
    }

    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    /// <summary>Optimal-string-alignment distance on lower-cased text; a pure case change counts as one edit.</summary>
    private static int? Distance(string input, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var a = option.ToLowerInvariant();
        var b = input.ToLowerInvariant();
        if (a == b)
        {
            return 1;
        }

        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var i = 0; i < 3; i++)
        {
            rows[i] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, current[j] = value);
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Compares strings with digit runs compared by value ("a2" before "a10").</summary>
    internal static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                int si = i, sj = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var na = decimal.Parse(a.AsSpan(si, i - si), provider: System.Globalization.CultureInfo.InvariantCulture);
                var nb = decimal.Parse(b.AsSpan(sj, j - sj), provider: System.Globalization.CultureInfo.InvariantCulture);
                if (na != nb)
                {
                    return na.CompareTo(nb);
                }

                continue;
            }

            if (a[i] != b[j])
            {
                return a[i].CompareTo(b[j]);
            }

            i++;
            j++;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }
}
