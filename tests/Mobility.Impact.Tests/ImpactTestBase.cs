using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts.Directory;
using Mobility.TestKit;

namespace Mobility.Impact.Tests;

/// <summary>
/// The Impact module alone on a real database with a fake Enrolment directory; the other modules' events are
/// written to an outbox and delivered by the real dispatcher. Scenario classes are declared twice
/// (<c>...OnSqlite</c>, <c>...OnPostgres</c>).
/// </summary>
public abstract class ImpactTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    private ModuleTestHost? _host;

    internal FakeEnrolmentDirectory Enrolment { get; } = new();

    internal ModuleTestHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    public virtual async Task InitializeAsync()
        => _host = await ModuleTestHost.StartAsync(
            provider, [new ImpactModule()], services =>
            {
                services.AddSingleton<IEnrolmentDirectory>(Enrolment);
                services.AddSingleton<IPlacementsDirectory>(new FakePlacementsDirectory());
                Configure(services);
            });

    /// <summary>More services for a scenario's host.</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }

    public virtual async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
