using System.Globalization;

namespace Mobility.Impact.Bench;

/// <summary>The benchmark's size and repetitions.</summary>
internal sealed record BenchOptions(int Rows = 1_000_000, int Runs = 5, int Warmups = 1, int Seed = 2025)
{
    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return null;
            }

            switch (args[i])
            {
                case "--rows" when value >= 100:
                    options = options with { Rows = value };
                    break;
                case "--runs" when value >= 1:
                    options = options with { Runs = value };
                    break;
                case "--warmups":
                    options = options with { Warmups = value };
                    break;
                case "--seed":
                    options = options with { Seed = value };
                    break;
                default:
                    return null;
            }

            i++;
        }

        return options;
    }
}
