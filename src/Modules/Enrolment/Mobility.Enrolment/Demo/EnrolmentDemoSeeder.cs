using Mobility.BuildingBlocks.Demo;

namespace Mobility.Enrolment.Demo;

internal sealed class EnrolmentDemoSeeder : IDemoDataSeeder
{
    public int Order => 100;

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<string> SeedAsync(CancellationToken cancellationToken) => Task.FromResult("Enrolment");
}
