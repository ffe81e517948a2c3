using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.TestKit;

namespace Mobility.Placements.Tests;

/// <summary>
/// Every scenario class derives from this and is declared twice (<c>...OnSqlite</c>, <c>...OnPostgres</c>). The
/// Placements module runs alone with a fake Enrolment directory; Enrolment's events are written to an outbox and
/// delivered by the real dispatcher.
/// </summary>
public abstract class PlacementsTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    private ModuleTestHost? _host;

    internal FakeEnrolmentDirectory Enrolment { get; } = new();

    internal ModuleTestHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    public async Task InitializeAsync()
        => _host = await ModuleTestHost.StartAsync(
            provider, [new PlacementsModule()], services => services.AddSingleton<IEnrolmentDirectory>(Enrolment));

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
