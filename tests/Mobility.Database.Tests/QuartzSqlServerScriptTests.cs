using System.Text;
using System.Text.RegularExpressions;
using Mobility.TestKit;

namespace Mobility.Database.Tests;

/// <summary>
/// Quartz.NET's own tables for operators who run the platform on SQL Server without DDL rights for the scheduler:
/// docs/database/quartz-sqlserver.sql is made from the SQL Server script the Quartz package ships (the one its job
/// store provisions with), with the platform's table prefix <c>quartz.QRTZ_</c> and batch separators for sqlcmd.
/// It must create every table the package's SQLite and PostgreSQL scripts create, which are the tables the platform
/// provisions on those providers.
/// </summary>
public sealed partial class QuartzSqlServerScriptTests
{
    private const string ScriptPath = "docs/database/quartz-sqlserver.sql";

    [Fact]
    public void The_sql_server_script_is_the_packages_script_with_the_platforms_prefix()
        => GoldenFile.AssertMatches(ScriptPath, Render(PackageScript("sqlServer")));

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void The_sql_server_script_creates_every_table_the_platform_provisions_on_another_provider(string provider)
    {
        var tables = TableNames(PackageScript(provider));
        var sqlServer = File.ReadAllText(Path.Combine(GoldenFile.RepositoryRoot(), ScriptPath));

        Assert.True(tables.Count >= 11, $"{tables.Count} tables in the {provider} script: {string.Join(", ", tables)}");
        Assert.Contains("qrtz_execution_history", tables);
        foreach (var table in tables)
        {
            Assert.Matches(new Regex($@"CREATE TABLE quartz\.{Regex.Escape(table)} \(", RegexOptions.IgnoreCase), sqlServer);
        }
    }

    /// <summary>Prefix substituted, a schema created first, and GO between statements as SQL Server's own tools expect.</summary>
    private static string Render(string packageScript)
    {
        var body = packageScript.ReplaceLineEndings("\n").Replace("{0}", "quartz.QRTZ_", StringComparison.Ordinal)
            .Replace("{1}", "QRTZ_", StringComparison.Ordinal);
        var statements = body.Split("\n--;;\n").Select(s => s.Trim()).Where(s => s.Length > 0 && !s.Split('\n').All(l => l.StartsWith("--", StringComparison.Ordinal)));
        var script = new StringBuilder("""
            -- Quartz.NET 4.7.3 tables for the Mobility platform on SQL Server (schema quartz, table prefix QRTZ_).
            --
            -- The host creates these tables itself when its database user may create them. Where it may not, an
            -- administrator runs this script once before the first start (sqlcmd -i, or a database client that
            -- understands GO). Every statement creates only what is missing; nothing is dropped, so running it again is
            -- harmless. Made from the script the Quartz package ships; docs/operations.md, "Scheduled jobs".

            IF SCHEMA_ID(N'quartz') IS NULL EXEC(N'CREATE SCHEMA quartz');
            GO

            """);
        foreach (var statement in statements)
        {
            script.Append(statement).Append("\nGO\n\n");
        }

        return script.ToString().TrimEnd('\n') + "\n";
    }

    private static string PackageScript(string provider)
    {
        var resource = $"Quartz.Impl.AdoJobStore.Schema.create_{provider}.sql";
        using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The Quartz package no longer ships {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<string> TableNames(string script)
        => [.. CreateTable().Matches(script).Select(m => "qrtz_" + m.Groups["name"].Value.ToLowerInvariant()).Distinct()];

    [GeneratedRegex(@"CREATE TABLE (IF NOT EXISTS )?\{0\}(?<name>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();
}
