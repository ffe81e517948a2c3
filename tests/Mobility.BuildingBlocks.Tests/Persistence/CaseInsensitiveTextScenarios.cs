using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.BuildingBlocks.Tests.Messaging;
using Mobility.TestKit;

namespace Mobility.BuildingBlocks.Tests.Persistence;

public abstract class CaseInsensitiveTextScenarios(DatabaseProvider provider) : IAsyncLifetime
{
    private ModuleTestHost? _host;

    private ModuleTestHost Host => _host!;

    public async Task InitializeAsync() => _host = await ModuleTestHost.StartAsync(provider, [new PublisherModule()]);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Theory]
    [InlineData("Łódź", "łÓdŹ")]
    [InlineData("École des métiers", "école DES MÉTIERS")]
    [InlineData("Müller Straße", "müller straße")]
    public async Task Lower_casing_in_sql_folds_accented_letters_as_dotnet_does(string stored, string searched)
    {
        await Host.InScopeAsync<PublisherDb>(async db =>
        {
            db.Widgets.Add(new Widget { Id = Guid.NewGuid(), Name = stored });
            await db.SaveChangesAsync();
        });

        var lowered = searched.ToLowerInvariant();
        // string.ToLower() is what EF translates to SQL lower(), the function under test.
#pragma warning disable CA1304, CA1311, CA1862
        var found = await Host.InScopeAsync<PublisherDb, int>(db => db.Widgets.CountAsync(w => w.Name.ToLower() == lowered));
#pragma warning restore CA1304, CA1311, CA1862

        Assert.Equal(1, found);
    }
}

public sealed class CaseInsensitiveTextScenariosOnSqlite() : CaseInsensitiveTextScenarios(DatabaseProvider.Sqlite);

public sealed class CaseInsensitiveTextScenariosOnPostgres() : CaseInsensitiveTextScenarios(DatabaseProvider.Postgres);
