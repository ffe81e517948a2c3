using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment;
using Mobility.TestKit;

namespace Mobility.Placements.Tests.EndToEnd;

/// <summary>Enrolment and Placements composed together, the real directory and the real dispatcher between them.</summary>
public abstract class BothModulesTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    private ModuleTestHost? _host;

    internal ModuleTestHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    public async Task InitializeAsync() => _host = await ModuleTestHost.StartAsync(provider, [new EnrolmentModule(), new PlacementsModule()]);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
