using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts.Directory;
using Mobility.TestKit;

namespace Mobility.Access.Tests;

/// <summary>
/// The Access module alone on a real database, with a fake Enrolment directory. Every scenario class derives from
/// this and is declared twice (<c>...OnSqlite</c>, <c>...OnPostgres</c>).
/// </summary>
public abstract class AccessTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    private ModuleTestHost? _host;

    internal FakeEnrolmentDirectory Enrolment { get; } = new();

    internal ModuleTestHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    public async Task InitializeAsync()
        => _host = await ModuleTestHost.StartAsync(provider, [new AccessModule()], services =>
        {
            services.AddSingleton<IEnrolmentDirectory>(Enrolment);
            services.AddSingleton<IPlacementsDirectory>(new EmptyPlacementsDirectory());
        });

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
