using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Mobility.BuildingBlocks.Persistence;
using Mobility.TestKit;

namespace Mobility.Database.Tests;

/// <summary>
/// No SQL Server runs here, so its schema is checked as a script: the migrations of every module generated for
/// SQL Server must create every table, key and index of the model with the same column definitions, and the
/// complete script is kept in docs/database/sqlserver-schema.sql for operators and for review.
/// </summary>
public sealed partial class SqlServerSchemaScriptTests
{
    private static readonly DatabaseOptions SqlServer = new(
        DatabaseProvider.SqlServer, "Server=127.0.0.1,1433;Database=mobility;User Id=mobility;Password=unused;TrustServerCertificate=True");

    [Fact]
    public async Task The_sql_server_script_creates_every_table_key_and_index_of_every_module()
    {
        var modules = await ScriptsAsync();
        Assert.NotEmpty(modules);
        foreach (var (module, migrationScript, model, _) in modules)
        {
            foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                var table = $"[{module}].[{entity.GetTableName()}]";
                Assert.Contains($"CREATE TABLE {table} (", migrationScript, StringComparison.Ordinal);
                var primaryKey = entity.FindPrimaryKey()!.GetName();
                Assert.Contains($"CONSTRAINT [{primaryKey}] PRIMARY KEY", migrationScript, StringComparison.Ordinal);
                foreach (var foreignKey in entity.GetForeignKeys())
                {
                    Assert.Contains($"CONSTRAINT [{foreignKey.GetConstraintName()}] FOREIGN KEY", migrationScript, StringComparison.Ordinal);
                }

                foreach (var index in entity.GetIndexes())
                {
                    Assert.Matches($@"CREATE (UNIQUE )?INDEX \[{Regex.Escape(index.GetDatabaseName()!)}\] ON {Regex.Escape(table)}", migrationScript);
                }
            }
        }
    }

    [Fact]
    public async Task Each_table_has_the_same_column_definitions_in_the_migrations_as_in_the_model()
    {
        foreach (var (module, migrationScript, _, modelScript) in await ScriptsAsync())
        {
            var fromMigrations = Tables(migrationScript);
            var fromModel = Tables(modelScript);
            Assert.Equal(fromModel.Keys.Order(), fromMigrations.Keys.Order());
            foreach (var (table, columns) in fromModel)
            {
                Assert.True(columns.SetEquals(fromMigrations[table]),
                    $"{module} {table}: model [{string.Join(", ", columns.Order())}] vs migrations [{string.Join(", ", fromMigrations[table].Order())}]");
            }
        }
    }

    [Fact]
    public async Task Column_types_are_sane_for_sql_server()
    {
        foreach (var (module, _, model, _) in await ScriptsAsync())
        {
            foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
                foreach (var property in entity.GetProperties())
                {
                    var type = property.GetColumnType(store);
                    var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                    var where = $"{module}.{entity.GetTableName()}.{property.GetColumnName(store)} ({type})";
                    if (clr == typeof(Guid)) Assert.True(type == "uniqueidentifier", where);
                    if (clr == typeof(DateTime)) Assert.True(type == "datetime2", where);
                    if (clr == typeof(DateOnly)) Assert.True(type == "date", where);
                    if (clr == typeof(bool)) Assert.True(type == "bit", where);
                    if (clr == typeof(decimal)) Assert.True(type.StartsWith("decimal(", StringComparison.Ordinal), where);
                    if (clr == typeof(string) && property.GetMaxLength() is { } length) Assert.True(type == $"nvarchar({length})", where);
                    if (property.IsKey() || property.IsForeignKey() || property.IsIndex()) Assert.DoesNotContain("(max)", type, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public async Task The_complete_script_is_the_one_documented_for_operators()
    {
        var script = new StringBuilder();
        script.Append("-- Mobility: the complete SQL Server schema, generated from every module's migrations.\n");
        script.Append("-- Regenerate with MOBILITY_APPROVE=1 on the database tests (docs/operations.md).\n");
        foreach (var (module, migrationScript, _, _) in await ScriptsAsync())
        {
            script.Append("\n-- Module: ").Append(module).Append('\n').Append(migrationScript.ReplaceLineEndings("\n").Trim()).Append('\n');
        }

        GoldenFile.AssertMatches("docs/database/sqlserver-schema.sql", script.ToString());
    }

    private static async Task<List<(string Module, string MigrationScript, IModel Model, string ModelScript)>> ScriptsAsync()
    {
        var result = new List<(string, string, IModel, string)>();
        await using var services = PlatformServices.For(SqlServer);
        await PlatformServices.ForEachStoreAsync(services, (store, context) =>
        {
            Assert.True(context.Database.IsSqlServer());
            var migrationScript = context.GetService<IMigrator>().GenerateScript();
            result.Add((store.Module, migrationScript, context.Model, context.Database.GenerateCreateScript()));
            return Task.CompletedTask;
        });
        return result;
    }

    private static Dictionary<string, HashSet<string>> Tables(string script)
    {
        var tables = new Dictionary<string, HashSet<string>>();
        foreach (Match match in CreateTable().Matches(script))
        {
            if (match.Groups["table"].Value.Contains("__migrations_history", StringComparison.Ordinal))
            {
                continue;
            }

            tables[match.Groups["table"].Value] = match.Groups["body"].Value.Split('\n')
                .Select(l => l.Trim().TrimEnd(','))
                .Where(l => l.StartsWith('['))
                .ToHashSet(StringComparer.Ordinal);
        }

        // Columns a later migration adds; the default only fills the rows already there.
        foreach (Match match in AddColumn().Matches(script))
        {
            tables[match.Groups["table"].Value].Add(match.Groups["column"].Value);
        }

        return tables;
    }

    [GeneratedRegex(@"^ALTER TABLE (?<table>\[[^\]]+\]\.\[[^\]]+\]) ADD (?<column>\[[^\]]+\] .*?(NOT NULL|NULL))( DEFAULT [^;]+)?;", RegexOptions.Multiline)]
    private static partial Regex AddColumn();

    [GeneratedRegex(@"^CREATE TABLE (?<table>\[[^\]]+\]\.\[[^\]]+\]) \((?<body>.*?)\n\);", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CreateTable();
}
