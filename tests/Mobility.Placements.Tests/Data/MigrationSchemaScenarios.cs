using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.Data;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.Data;

public abstract class MigrationSchemaScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    [Fact]
    public async Task The_hand_written_migration_builds_exactly_the_schema_of_the_model()
    {
        await using var created = await TestDatabase.CreateAsync(Host.Provider);
        var options = new DbContextOptionsBuilder<PlacementsDbContext>();
        ModuleDbContextRegistration.Configure(options, PlacementsModule.SchemaName, created.Options);
        List<string> expected;
        await using (var db = new PlacementsDbContext(options.Options))
        {
            await db.Database.EnsureCreatedAsync();
            expected = await SchemaSnapshot.ReadAsync(db);
        }

        var migrated = await Host.InScopeAsync<PlacementsDbContext, List<string>>(SchemaSnapshot.ReadAsync);

        Assert.NotEmpty(expected);
        Assert.Empty(expected.Except(migrated));
        Assert.Empty(migrated.Except(expected));
    }
}

public sealed class MigrationSchemaScenariosOnSqlite() : MigrationSchemaScenarios(DatabaseProvider.Sqlite);

public sealed class MigrationSchemaScenariosOnPostgres() : MigrationSchemaScenarios(DatabaseProvider.Postgres);
