using System.Diagnostics;
using System.Text.Json;

namespace Mobility.GraphQL.Tests.Conformance;

/// <summary>Reads graphql-js's answers from tests/graphql-conformance/expected (written by oracle.js).</summary>
internal static class OracleFile
{
    public static JsonElement Cases(string suite)
    {
        var path = Path.Combine(ConformanceDirectory(), "expected", suite + ".json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").Clone();
    }

    public static TheoryData<string> Names(string suite)
    {
        var data = new TheoryData<string>();
        foreach (var item in Cases(suite).EnumerateArray())
        {
            data.Add(item.GetProperty("name").GetString()!);
        }

        return data;
    }

    public static JsonElement Case(string suite, string name) =>
        Cases(suite).EnumerateArray().First(c => c.GetProperty("name").GetString() == name);

    public static string ConformanceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "graphql-conformance");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/graphql-conformance not found above the test binaries.");
    }

    /// <summary>Runs a script of tests/graphql-conformance with graphql-js and returns what it printed.</summary>
    public static string RunNode(string script, string argument)
    {
        var info = new ProcessStartInfo("node", [script, argument])
        {
            WorkingDirectory = ConformanceDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"node {script} failed (is npm ci done in tests/graphql-conformance?): {error}");
        return output;
    }
}
