using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Modules;
using Mobility.BuildingBlocks.Persistence;
using Mobility.TestKit;

namespace Mobility.Database.Tests;

/// <summary>
/// Migrations are written by hand (docs/adr/0007-hand-written-migrations.md). These tests take the place of EF's
/// model-snapshot check: a migrated database must be exactly the database the EF model describes.
/// </summary>
public abstract class MigrationScenarios(DatabaseProvider provider)
{
    [Fact]
    public async Task Migrations_build_exactly_the_schema_of_the_model()
    {
        await using var migrated = await TestDatabase.CreateAsync(provider);
        await using var fromModel = await TestDatabase.CreateAsync(provider);
        await using var migratedServices = PlatformServices.For(migrated.Options);
        await using var modelServices = PlatformServices.For(fromModel.Options);
        await migratedServices.InitialiseModulesAsync(CancellationToken.None);

        var compared = 0;
        await PlatformServices.ForEachStoreAsync(modelServices, async (store, context) =>
        {
            ModuleDatabase.PrepareSqliteFolder(context);

            await context.Database.ExecuteSqlRawAsync(context.Database.GenerateCreateScript());
            var expected = await SchemaCatalog.ReadAsync(context, store.Module);
            IReadOnlyList<string> actual = [];
            await PlatformServices.ForEachStoreAsync(migratedServices, async (other, migratedContext) =>
            {
                if (other.Module == store.Module)
                {
                    actual = await SchemaCatalog.ReadAsync(migratedContext, store.Module);
                }
            });

            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
            compared++;
        });
        Assert.True(compared > 0, "No module store was compared.");
    }

    [Fact]
    public async Task Initialising_twice_applies_nothing_the_second_time()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = PlatformServices.For(database.Options);
        await services.InitialiseModulesAsync(CancellationToken.None);
        await services.InitialiseModulesAsync(CancellationToken.None);

        await PlatformServices.ForEachStoreAsync(services, async (store, context) =>
        {
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            var applied = (await context.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Equal(context.GetService<IMigrationsAssembly>().Migrations.Keys.Order(), applied.Order());
        });
    }
}

public sealed class MigrationScenariosOnSqlite() : MigrationScenarios(DatabaseProvider.Sqlite);

public sealed class MigrationScenariosOnPostgres() : MigrationScenarios(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task Two_hosts_starting_at_once_both_succeed_and_apply_each_migration_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var first = PlatformServices.For(database.Options);
        await using var second = PlatformServices.For(database.Options);

        await Task.WhenAll(
            Task.Run(() => first.InitialiseModulesAsync(CancellationToken.None)),
            Task.Run(() => second.InitialiseModulesAsync(CancellationToken.None)));

        await PlatformServices.ForEachStoreAsync(first, async (store, context) =>
        {
            var history = (await context.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Equal(history.Distinct().Count(), history.Count);
            Assert.Equal(context.GetService<IMigrationsAssembly>().Migrations.Count, history.Count);
        });
    }
}
