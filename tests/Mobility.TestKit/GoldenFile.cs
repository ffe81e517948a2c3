namespace Mobility.TestKit;

/// <summary>
/// Compares text with a file committed in the repository, so what people read (SQL scripts, SDL, reports) shows
/// in review when it changes. Set MOBILITY_APPROVE=1 to rewrite the files instead, then review the diff.
/// </summary>
public static class GoldenFile
{
    public static void AssertMatches(string repositoryRelativePath, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var path = Path.Combine(RepositoryRoot(), repositoryRelativePath);
        var normalised = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("MOBILITY_APPROVE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalised);
            return;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Golden file {repositoryRelativePath} does not exist; run the tests with MOBILITY_APPROVE=1 to create it.");
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != normalised)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = normalised.Split('\n');
            var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length))
                .FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            throw new InvalidOperationException(
                $"{repositoryRelativePath} differs from the output at line {line + 1}:\n"
                + $"  golden: {expectedLines.ElementAtOrDefault(line)}\n  actual: {actualLines.ElementAtOrDefault(line)}\n"
                + "If the change is intended, rerun with MOBILITY_APPROVE=1 and review the diff.");
        }
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Mobility.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Mobility.sln was not found above the test binaries.");
    }
}
