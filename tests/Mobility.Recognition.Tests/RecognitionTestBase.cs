using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment;
using Mobility.Placements;
using Mobility.TestKit;

namespace Mobility.Recognition.Tests;

/// <summary>
/// Enrolment, Placements and Recognition composed as the host composes them, on a real database, with the real
/// directories and the real outbox dispatcher between them. Every scenario class is declared twice
/// (<c>...OnSqlite</c>, <c>...OnPostgres</c>).
/// </summary>
public abstract class RecognitionTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    private ModuleTestHost? _host;

    internal ModuleTestHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    public async Task InitializeAsync()
        => _host = await ModuleTestHost.StartAsync(provider, [new EnrolmentModule(), new PlacementsModule(), new RecognitionModule()]);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
