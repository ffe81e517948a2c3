using System.Text;

namespace Mobility.Charts.Tests;

/// <summary>
/// Compares output with a file committed under Golden/. With MOBILITY_APPROVE=1 the file is rewritten instead,
/// and the change is reviewed as a diff.
/// </summary>
internal static class GoldenFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(GoldenDirectory(), name);
        if (Environment.GetEnvironmentVariable("MOBILITY_APPROVE") == "1")
        {
            File.WriteAllText(path, actual, Utf8);
            return;
        }

        Assert.True(File.Exists(path), $"Golden/{name} does not exist. Run the tests with MOBILITY_APPROVE=1 to create it, then review it.");
        var expected = File.ReadAllText(path, Utf8).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var received = Path.Combine(AppContext.BaseDirectory, "received", name);
        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual, Utf8);
        Assert.Fail($"Golden/{name} differs: {FirstDifference(expected, actual)}. The new output is in bin/.../received/{name}; "
            + "if the change is intended, rerun with MOBILITY_APPROVE=1.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right)
            {
                return $"line {i + 1} was\n  {left}\nand is now\n  {right}";
            }
        }

        return "only in line endings";
    }

    private static string GoldenDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mobility.Charts.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Golden");
            }
        }

        throw new InvalidOperationException("Could not find the test project directory above the test binaries.");
    }
}
