using System.Globalization;

namespace Mobility.Impact.Bench;

/// <summary>Every figure of the platform against the hand-written query's: same groups, same counts, same value to 4 decimals.</summary>
internal static class FigureComparison
{
    public static int AssertEqual(IReadOnlyList<Figure> platform, IReadOnlyList<Figure> handWritten)
    {
        var expected = handWritten.ToDictionary(f => f.Key);
        var differences = new List<string>();
        foreach (var figure in platform)
        {
            // The platform lists a mean CEFR gain for each skill of every group, 0 of 0 where nobody was assessed.
            var other = expected.GetValueOrDefault(figure.Key)
                ?? (figure.Indicator == "CefrGain" ? figure with { Numerator = 0, Denominator = 0 } : null);
            if (other is null)
            {
                differences.Add($"only the platform has {Describe(figure)}");
            }
            else if (other.Numerator != figure.Numerator || other.Denominator != figure.Denominator
                || (other.Value is null) != (figure.Stored is null)
                || (other.Value is { } value && Math.Abs(value - figure.Stored!.Value) > 0.00005m))
            {
                differences.Add($"platform {Describe(figure)} = {figure.Stored}, hand-written {other.Numerator}/{other.Denominator}");
            }

            expected.Remove(figure.Key);
        }

        differences.AddRange(expected.Values.Select(f => $"only the hand-written query has {Describe(f)}"));
        if (differences.Count > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{differences.Count} figures differ:\n{string.Join("\n", differences.Take(20))}"));
        }

        return platform.Count;
    }

    private static string Describe(Figure f)
        => string.Create(CultureInfo.InvariantCulture, $"{f.Indicator} {f.Skill} by {f.Dimension} '{f.Group}' of {f.Consortium}: {f.Numerator}/{f.Denominator}");
}
