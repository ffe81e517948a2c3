using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mobility.BuildingBlocks.Persistence;

/// <summary>Applies a module's migrations at start-up.</summary>
public static class ModuleDatabase
{
    /// <summary>
    /// Creates or upgrades the module's schema. On PostgreSQL the whole run holds a lock of the module's own, so two
    /// hosts starting together do not race; each migration is applied in one transaction.
    /// </summary>
    public static async Task MigrateAsync<TContext>(IServiceProvider services, CancellationToken cancellationToken)
        where TContext : ModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        PrepareSqliteFolder(context);
        if (context.Database.IsNpgsql())
        {
            await MigrateHoldingAdvisoryLockAsync(context, cancellationToken);
        }
        else
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        if (context.Database.IsSqlite())
        {
            // WAL lets readers work while the outbox dispatcher writes.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// EF Core's PostgreSQL migration lock lasts one migration's transaction, so two hosts applying several pending
    /// migrations can interleave and apply one twice; a session-level advisory lock per schema spans the whole run.
    /// </summary>
    private static async Task MigrateHoldingAdvisoryLockAsync(ModuleDbContext context, CancellationToken cancellationToken)
    {
        var key = "mobility:migrations:" + context.Schema;
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock(hashtext({key}))", cancellationToken);
            try
            {
                await context.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock(hashtext({key}))", CancellationToken.None);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
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
