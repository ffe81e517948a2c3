using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Mobility.Database.Tests;

/// <summary>
/// Reads a database's real schema from the provider's catalog as sorted lines (tables, columns with type and
/// nullability, keys, indexes, foreign keys), so two databases can be compared line by line.
/// </summary>
internal static class SchemaCatalog
{
    private const string PostgresQuery = """
        SELECT 'column ' || c.table_schema || '.' || c.table_name || '.' || c.column_name || ' ' || c.data_type
               || COALESCE('(' || c.character_maximum_length || ')', '') || COALESCE('[' || c.numeric_precision || ',' || c.numeric_scale || ']', '')
               || CASE WHEN c.is_nullable = 'YES' THEN ' null' ELSE ' not null' END
        FROM information_schema.columns c
        WHERE c.table_schema = @schema AND c.table_name <> '__migrations_history'
        UNION ALL
        SELECT 'index ' || schemaname || '.' || tablename || ' ' || indexdef
        FROM pg_indexes
        WHERE schemaname = @schema AND tablename <> '__migrations_history'
        UNION ALL
        SELECT 'constraint ' || n.nspname || '.' || t.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
        FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = @schema AND t.relname <> '__migrations_history'
        """;

    public static async Task<IReadOnlyList<string>> ReadAsync(DbContext context, string schema)
    {
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var lines = context.Database.IsNpgsql()
                ? await QueryAsync(connection, PostgresQuery, schema)
                : await ReadSqliteAsync(connection);
            return [.. lines.Order(StringComparer.Ordinal)];
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__migrations%' AND name NOT LIKE '__EF%'");
        foreach (var table in tables)
        {
            lines.AddRange(await QueryAsync(connection,
                $"SELECT 'column {table}.' || name || ' ' || type || CASE WHEN \"notnull\" = 1 THEN ' not null' ELSE ' null' END || CASE WHEN pk > 0 THEN ' pk' || pk ELSE '' END FROM pragma_table_info('{table}')"));
            lines.AddRange(await QueryAsync(connection,
                $"SELECT 'fk {table}.' || \"from\" || ' -> ' || \"table\" || '.' || \"to\" || ' on delete ' || on_delete FROM pragma_foreign_key_list('{table}')"));
            lines.AddRange(await QueryAsync(connection,
                $"SELECT 'index {table}.' || il.name || CASE WHEN il.\"unique\" = 1 THEN ' unique' ELSE '' END || ' (' || (SELECT group_concat(ii.name, ',') FROM pragma_index_info(il.name) ii) || ')' FROM pragma_index_list('{table}') il WHERE il.origin = 'c'"));
        }

        return lines;
    }

    private static async Task<List<string>> QueryAsync(DbConnection connection, string sql, string? schema = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (schema is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "schema";
            parameter.Value = schema;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
