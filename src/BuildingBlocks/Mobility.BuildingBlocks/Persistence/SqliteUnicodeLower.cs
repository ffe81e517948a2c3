using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mobility.BuildingBlocks.Persistence;

/// <summary>
/// SQLite's built-in lower() folds ASCII only, so a case-insensitive filter would not find "Łódź" with "łódź".
/// This replaces it on every connection with .NET's invariant lower-casing, as PostgreSQL's lower() behaves.
/// </summary>
public sealed class SqliteUnicodeLower : DbConnectionInterceptor
{
    public static SqliteUnicodeLower Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        }
    }
}
