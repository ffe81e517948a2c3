using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Data;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests.Data;

public abstract class MigrationSchemaScenarios(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    [Fact]
    public async Task The_hand_written_migration_builds_exactly_the_schema_of_the_model()
    {
        await using var created = await TestDatabase.CreateAsync(Host.Provider);
        var options = new DbContextOptionsBuilder<EnrolmentDbContext>();
        ModuleDbContextRegistration.Configure(options, EnrolmentModule.SchemaName, created.Options);
        List<string> expected;
        await using (var db = new EnrolmentDbContext(options.Options))
        {
            await db.Database.EnsureCreatedAsync();
            expected = await SchemaSnapshot.ReadAsync(db);
        }

        var migrated = await Host.InScopeAsync<EnrolmentDbContext, List<string>>(SchemaSnapshot.ReadAsync);

        Assert.NotEmpty(expected);
        Assert.Empty(expected.Except(migrated));
        Assert.Empty(migrated.Except(expected));
        Assert.Equal(expected.Count, migrated.Count);
    }
}

public sealed class MigrationSchemaScenariosOnSqlite() : MigrationSchemaScenarios(DatabaseProvider.Sqlite);

public sealed class MigrationSchemaScenariosOnPostgres() : MigrationSchemaScenarios(DatabaseProvider.Postgres);
