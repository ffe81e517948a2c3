using Microsoft.EntityFrameworkCore;
using Mobility.Placements.Data;

namespace Mobility.Placements.OpenData;

/// <summary>Bulk reads of what earlier imports wrote, a thousand keys per query.</summary>
internal static class OpenDataLookups
{
    private const int KeysPerQuery = 1000;

    public static async Task<HashSet<string>> ExistingMobilityKeysAsync(
        PlacementsDbContext db, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            present.UnionWith(await db.OpenDataMobilities.AsNoTracking()
                .Where(m => chunk.Contains(m.NaturalKey)).Select(m => m.NaturalKey).ToListAsync(cancellationToken));
        }

        return present;
    }

    /// <summary>Finds or creates the organisations the rows name, records the roles seen, and saves them.</summary>
    public static async Task<(Dictionary<string, Guid> Ids, int Added)> SaveOrganisationsAsync(
        PlacementsDbContext db, IReadOnlyList<OpenDataRow> rows, CancellationToken cancellationToken)
    {
        var named = rows.SelectMany(r => new[] { (Place: r.Sending, Role: OpenDataRole.Sending), (Place: r.Receiving, Role: OpenDataRole.Receiving) })
            .GroupBy(p => p.Place.NaturalKey, StringComparer.Ordinal)
            .ToList();
        var organisations = new Dictionary<string, OpenDataOrganisation>(StringComparer.Ordinal);
        foreach (var chunk in named.Select(g => g.Key).Chunk(KeysPerQuery))
        {
            foreach (var organisation in await db.OpenDataOrganisations.Where(o => chunk.Contains(o.NaturalKey)).ToListAsync(cancellationToken))
            {
                organisations.Add(organisation.NaturalKey, organisation);
            }
        }

        var added = 0;
        foreach (var group in named)
        {
            if (!organisations.TryGetValue(group.Key, out var organisation))
            {
                organisation = OpenDataOrganisation.Create(group.Key, group.First().Place);
                organisations.Add(group.Key, organisation);
                db.Add(organisation);
                added++;
            }

            foreach (var role in group.Select(p => p.Role).Distinct())
            {
                organisation.SeenAs(role);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (organisations.ToDictionary(o => o.Key, o => o.Value.Id, StringComparer.Ordinal), added);
    }
}
