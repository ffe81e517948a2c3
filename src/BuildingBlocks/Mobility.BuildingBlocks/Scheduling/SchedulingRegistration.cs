using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Npgsql;
using Quartz;

namespace Mobility.BuildingBlocks.Scheduling;

/// <summary>
/// Quartz.NET on the platform's own database (docs/adr/0004): the persistent store and its execution history in
/// the <c>quartz</c> schema (on SQLite, the <c>quartz</c> file beside the modules'), clustered on PostgreSQL, the
/// tables created when missing. Every module that has jobs adds them; the host starts the scheduler.
/// </summary>
public static class SchedulingRegistration
{
    public const string Schema = "quartz";
    public const string SchedulerName = "mobility";

    public static IServiceCollection AddPlatformScheduler(
        this IServiceCollection services, IConfiguration configuration, DatabaseOptions database, IReadOnlyList<IModule> modules)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(modules);
        var catalog = new JobCatalog();
        services.AddSingleton(catalog);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = SchedulerName;
                o.GenerateInstanceId = true;
            });
            q.UsePersistentStore(store =>
            {
                switch (database.Provider)
                {
                    case DatabaseProvider.Sqlite:
                        store.UseSqlite(database.ConnectionStringFor(Schema));
                        break;
                    case DatabaseProvider.Postgres:
                        store.UsePostgres(database.ConnectionString);
                        store.UseClustering();
                        store.ConfigureStore(o => o.TablePrefix = $"{Schema}.qrtz_");
                        break;
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(database.ConnectionString);
                        store.UseClustering();
                        store.ConfigureStore(o => o.TablePrefix = $"{Schema}.QRTZ_");
                        break;
                }

                store.UseSystemTextJsonSerializer();
                store.UseExecutionHistory();
                store.ProvisionSchema();
            });
            foreach (var module in modules.OfType<IJobsModule>())
            {
                var jobs = new ModuleJobs(((IModule)module).Name, q, configuration);
                module.AddJobs(jobs);
                catalog.Jobs.AddRange(jobs.Added);
            }
        });
        return services;
    }

    /// <summary>
    /// Creates the <c>quartz</c> schema (PostgreSQL, SQL Server) or the folder of its file (SQLite) before the
    /// scheduler provisions its tables. Idempotent.
    /// </summary>
    public static async Task PrepareStoreAsync(DatabaseOptions database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var options = new DbContextOptionsBuilder().UseSqlite(database.ConnectionStringFor(Schema)).Options;
                await using (var context = new DbContext(options))
                {
                    ModuleDatabase.PrepareSqliteFolder(context);
                }

                break;
            case DatabaseProvider.Postgres:
                await using (var connection = new NpgsqlConnection(database.ConnectionString))
                {
                    await connection.OpenAsync(cancellationToken);
                    await using var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {Schema}", connection);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                break;
            case DatabaseProvider.SqlServer:
                await using (var connection = new Microsoft.Data.SqlClient.SqlConnection(database.ConnectionString))
                {
                    await connection.OpenAsync(cancellationToken);
                    await using var command = new Microsoft.Data.SqlClient.SqlCommand(
                        $"IF SCHEMA_ID('{Schema}') IS NULL EXEC('CREATE SCHEMA {Schema}')", connection);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                break;
        }
    }
}

/// <summary>Every job the modules added, for the job fields of the GraphQL API.</summary>
public sealed class JobCatalog
{
    public List<JobDescription> Jobs { get; } = [];
}

/// <summary>Runs the scheduler in this host: its store's schema is prepared first, then Quartz starts.</summary>
public static class SchedulerHosting
{
    public static IServiceCollection AddPlatformSchedulerService(this IServiceCollection services)
    {
        services.AddHostedService<SchedulerStorePreparation>();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private sealed class SchedulerStorePreparation(DatabaseOptions database) : Microsoft.Extensions.Hosting.IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => SchedulingRegistration.PrepareStoreAsync(database, cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
