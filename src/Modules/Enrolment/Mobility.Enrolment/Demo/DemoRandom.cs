namespace Mobility.Enrolment.Demo;

/// <summary>
/// SplitMix64: a tiny seeded generator, so demo choices are the same on every machine and runtime version.
/// Nothing here needs to be unpredictable.
/// </summary>
internal sealed class DemoRandom(ulong seed)
{
    private ulong _state = seed;

    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Splits a total into parts of at least a minimum each, the remainder spread at random.</summary>
    public int[] Spread(int total, int parts, int minimum)
    {
        var counts = Enumerable.Repeat(minimum, parts).ToArray();
        for (var left = total - (minimum * parts); left > 0; left--)
        {
            counts[Next(parts)]++;
        }

        return counts;
    }

    /// <summary>Fisher-Yates, in place.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
