using Mobility.BuildingBlocks.Persistence;

namespace Mobility.TestKit;

/// <summary>A fresh, real database for one test class: a temporary SQLite folder or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;

    private TestDatabase(DatabaseOptions options, string? sqliteFolder)
    {
        Options = options;
        _sqliteFolder = sqliteFolder;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    /// <summary>Whether a connection opened by some module's DbContext is to this database (one SQLite file per module lives in its folder).</summary>
    public bool Owns(System.Data.Common.DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return _sqliteFolder is not null
            ? connection.DataSource.StartsWith(_sqliteFolder, StringComparison.Ordinal)
            : connection.Database == new Npgsql.NpgsqlConnectionStringBuilder(Options.ConnectionString).Database;
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var folder = Directory.CreateTempSubdirectory("mobility-sqlite-").FullName;
                return new TestDatabase(
                    new DatabaseOptions(provider, $"Data Source={Path.Combine(folder, "mobility.db")};Pooling=False"), folder);
            case DatabaseProvider.Postgres:
                return new TestDatabase(new DatabaseOptions(provider, await PostgresServer.CreateDatabaseAsync()), null);
            default:
                throw new NotSupportedException($"No {provider} server runs in tests; its schema script is checked instead.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            Directory.Delete(_sqliteFolder, recursive: true);
        }
        else
        {
            await PostgresServer.DropDatabaseAsync(Options.ConnectionString);
        }
    }
}
