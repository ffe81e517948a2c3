using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Mobility.Placements.Tests.Data;

/// <summary>Reads a database's Placements schema as sorted lines: columns, keys, indexes and foreign keys.</summary>
internal static partial class SchemaSnapshot
{
    private const string PostgresQuery = """
        select 'column ' || table_name || '.' || column_name || ' ' || udt_name
               || coalesce('(' || character_maximum_length || ')', '') || ' nullable=' || is_nullable
          from information_schema.columns
         where table_schema = 'placements' and table_name <> '__migrations_history'
        union all
        select 'index ' || indexname || ': ' || indexdef
          from pg_indexes where schemaname = 'placements' and tablename <> '__migrations_history'
        union all
        select 'constraint ' || c.conname || ': ' || pg_get_constraintdef(c.oid)
          from pg_constraint c join pg_namespace n on n.oid = c.connamespace
         where n.nspname = 'placements' and c.conrelid::regclass::text not like '%__migrations_history'
        """;

    private const string SqliteQuery = """
        select 'column ' || m.name || '.' || p.name || ' ' || p.type || ' notnull=' || p."notnull" || ' pk=' || p.pk
          from sqlite_master m join pragma_table_info(m.name) p
         where m.type = 'table' and m.name not like 'sqlite_%' and substr(m.name, 1, 2) <> '__'
        union all
        select 'index ' || m.name || ' on ' || m.tbl_name || ': ' || coalesce(m.sql, '(key)')
          from sqlite_master m where m.type = 'index' and substr(m.tbl_name, 1, 2) <> '__'
        union all
        select 'fk ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' on delete ' || f.on_delete
          from sqlite_master m join pragma_foreign_key_list(m.name) f
         where m.type = 'table' and m.name not like 'sqlite_%' and substr(m.name, 1, 2) <> '__'
        union all
        select 'table ' || m.name || ': ' || m.sql
          from sqlite_master m where m.type = 'table' and m.name not like 'sqlite_%' and substr(m.name, 1, 2) <> '__'
        """;

    public static async Task<List<string>> ReadAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var lines = await ReadLinesAsync(connection, db.Database.IsNpgsql() ? PostgresQuery : SqliteQuery);
            return lines.SelectMany(ConstraintNamesOfSqliteTable).Order(StringComparer.Ordinal).ToList();
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> ReadLinesAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    /// <summary>SQLite's DDL lists columns in creation order, so only the constraint names are kept from it.</summary>
    private static IEnumerable<string> ConstraintNamesOfSqliteTable(string line)
        => line.StartsWith("table ", StringComparison.Ordinal)
            ? ConstraintName().Matches(line).Select(m => $"constraint {line.Split(':')[0][6..]}.{m.Groups[1].Value} {m.Groups[2].Value}")
            : [line];

    [GeneratedRegex("CONSTRAINT \"([^\"]+)\" (PRIMARY KEY|FOREIGN KEY)")]
    private static partial Regex ConstraintName();
}
