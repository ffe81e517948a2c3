using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.Placements.Data;

namespace Mobility.Placements.Demo;

internal sealed class PlacementsDemoSeeder(PlacementsDbContext db) : IDemoDataSeeder
{
    public int Order => 200;

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
        => !await db.HostOrganisations.AnyAsync(cancellationToken) && !await db.Placements.AnyAsync(cancellationToken);

    public async Task<string> SeedAsync(CancellationToken cancellationToken)
        => $"Placements: {await db.HostOrganisations.CountAsync(cancellationToken)} host organisations";
}
