using Mobility.BuildingBlocks.Persistence;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests;

/// <summary>
/// Every scenario class derives from this and is declared twice, once per database
/// (<c>...OnSqlite</c> and <c>...OnPostgres</c>), so the same suite runs on both.
/// </summary>
public abstract class EnrolmentTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    private ModuleTestHost? _host;

    protected ModuleTestHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    public virtual async Task InitializeAsync() => _host = await ModuleTestHost.StartAsync(provider, [new EnrolmentModule()]);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
