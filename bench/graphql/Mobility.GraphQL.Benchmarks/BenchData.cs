namespace Mobility.GraphQL.Benchmarks;

/// <summary>The root object: 1,000 learners x 4 placements x host, the same values as js/bench.js.</summary>
internal static class BenchData
{
    private static readonly string[] Cities = ["Lisbon", "Porto", "Lyon", "Turin", "Gdansk"];
    private static readonly string[] Statuses = ["DRAFT", "ACTIVE", "DONE"];

    public static Root Create()
    {
        var hosts = Enumerable.Range(0, 100)
            .Select(k => new Host($"H{k}", $"Host {k}", Cities[k % 5], k % 7 == 0 ? null : "PT"))
            .ToArray();
        var learners = new List<Learner>(1000);
        for (var i = 0; i < 1000; i++)
        {
            var placements = new List<Placement>(4);
            for (var j = 0; j < 4; j++)
            {
                placements.Add(new Placement($"P{i}-{j}", 1 + ((i + j) % 12), $"2026-0{1 + j}-01", hosts[((i * 4) + j) % 100]));
            }

            learners.Add(new Learner($"L{i}", $"Learner {i}", i % 10 == 0 ? null : $"learner{i}@example.org", Statuses[i % 3], placements));
        }

        return new Root(learners);
    }
}

internal sealed record Root(List<Learner> Learners);

internal sealed record Learner(string Id, string Name, string? Email, string Status, List<Placement> Placements);

internal sealed record Placement(string Id, int Weeks, string? StartDate, Host Host);

internal sealed record Host(string Id, string Name, string? City, string? Country);
