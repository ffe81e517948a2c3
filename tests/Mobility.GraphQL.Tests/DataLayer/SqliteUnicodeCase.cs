using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mobility.GraphQL.Tests.DataLayer;

/// <summary>
/// SQLite's built-in lower() folds ASCII only; this replaces it, per connection, with .NET's invariant lower-casing
/// (what docs/graphql.md recommends for SQLite), so mode: INSENSITIVE matches "Łódź" and "École".
/// </summary>
public sealed class SqliteUnicodeCase : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
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
