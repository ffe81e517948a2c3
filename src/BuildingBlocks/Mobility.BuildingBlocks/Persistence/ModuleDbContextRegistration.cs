using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Messaging;

namespace Mobility.BuildingBlocks.Persistence;

public static class ModuleDbContextRegistration
{
    public const string MigrationsHistoryTable = "__migrations_history";

    /// <summary>
    /// Registers a module's DbContext on the configured provider, with the module's schema for its history table,
    /// and makes its outbox known to the dispatcher.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services, string schema, DatabaseOptions database)
        where TContext : ModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddDbContext<TContext>((provider, options) =>
        {
            Configure(options, schema, database);
            options.AddInterceptors(provider.GetRequiredService<OutboxSignal>());
        });
        services.AddSingleton(new OutboxSource(schema, typeof(TContext)));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string schema, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        var connectionString = database.ConnectionStringFor(schema);
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(MigrationsHistoryTable))
                    .AddInterceptors(SqliteUnicodeLower.Instance);
                // One file per module stands in for the schema (docs/adr/0008).
                options.ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(MigrationsHistoryTable, schema));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString, o => o.MigrationsHistoryTable(MigrationsHistoryTable, schema));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }

        // Queries over GraphQL-facing projections are filtered and sorted on the projected members.
        options.AddInterceptors(ProjectionInliner.Instance);

        // Migrations are written by hand (docs/adr/0007), so there is no model snapshot to compare against;
        // the schema-equivalence tests take that check's place.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
