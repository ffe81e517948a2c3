using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Mobility.BuildingBlocks.Persistence;
using Npgsql;

namespace Mobility.TestKit;

/// <summary>
/// A hash and a count of every row of every table of the given modules (all of them by default; outbox and inbox left
/// out), read from the database's catalog so no table is forgotten: proof that running something twice changed nothing.
/// </summary>
public static class DatabaseFingerprint
{
    private static readonly string[] AllModules = ["enrolment", "placements", "recognition", "impact", "access"];

    public static async Task<(string Hash, long Rows)> OfAsync(DatabaseOptions database, IReadOnlyCollection<string>? modules = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        modules ??= AllModules;
        var builder = new StringBuilder();
        long rows = 0;
        foreach (var connection in Connections(database, modules))
        {
            await using (connection)
            {
                await connection.OpenAsync();
                var tables = await ListAsync(connection, connection is NpgsqlConnection
                    ? $"SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema IN ({string.Join(',', modules.Select(m => $"'{m}'"))}) AND table_name NOT LIKE '%migrations%' AND table_name NOT IN ('outbox_messages', 'inbox_messages') ORDER BY 1"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%migrations%' AND name NOT LIKE '__EF%' AND name NOT IN ('outbox_messages', 'inbox_messages') ORDER BY 1");
                foreach (var table in tables)
                {
                    var lines = await ListAsync(connection, $"SELECT * FROM {table}", concatenate: true);
                    lines.Sort(StringComparer.Ordinal);
                    rows += lines.Count;
                    builder.Append(table).Append('\n').AppendJoin('\n', lines).Append('\n');
                }
            }
        }

        return (Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()))), rows);
    }

    private static IEnumerable<DbConnection> Connections(DatabaseOptions database, IReadOnlyCollection<string> modules)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            yield return new NpgsqlConnection(database.ConnectionString);
            yield break;
        }

        foreach (var module in modules)
        {
            var path = new SqliteConnectionStringBuilder(database.ConnectionStringFor(module)).DataSource;
            if (File.Exists(path))
            {
                yield return new SqliteConnection(database.ConnectionStringFor(module));
            }
        }
    }

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql, bool concatenate = false)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new string[concatenate ? reader.FieldCount : 1];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            result.Add(string.Join('|', values));
        }

        return result;
    }
}
