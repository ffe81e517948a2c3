using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mobility.BuildingBlocks.Persistence;

/// <summary>Applies a module's migrations at start-up.</summary>
public static class ModuleDatabase
{
    /// <summary>
    /// Creates or upgrades the module's schema. EF Core takes a database lock around the whole run and applies
    /// pending migrations in one transaction, so two hosts starting together on PostgreSQL do not race.
    /// </summary>
    public static async Task MigrateAsync<TContext>(IServiceProvider services, CancellationToken cancellationToken)
        where TContext : ModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        PrepareSqliteFolder(context);
        await context.Database.MigrateAsync(cancellationToken);
        if (context.Database.IsSqlite())
        {
            // WAL lets readers work while the outbox dispatcher writes.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>SQLite creates the file but not its folder; this creates the folder of a module's file if needed.</summary>
    public static void PrepareSqliteFolder(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Database.IsSqlite())
        {
            return;
        }

        var source = new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(directory) && source != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }
}
