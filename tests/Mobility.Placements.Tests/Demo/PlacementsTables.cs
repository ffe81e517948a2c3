using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mobility.Placements.Data;
using Mobility.Placements.FollowUps;
using Mobility.Placements.Grants;
using Mobility.Placements.Groups;
using Mobility.Placements.LearningAgreements;

namespace Mobility.Placements.Tests.Demo;

/// <summary>Row counts and a content hash of every Placements table, each read in key order, as one comparable string.</summary>
internal static class PlacementsTables
{
    public static async Task<string> SnapshotAsync(PlacementsDbContext db)
    {
        List<object[]> tables =
        [
            [.. await db.HostOrganisations.AsNoTracking().OrderBy(h => h.Id).ToListAsync()],
            [.. await db.SendingCompanies.AsNoTracking().OrderBy(c => c.Id).ToListAsync()],
            [.. await db.SelectedLearners.AsNoTracking().OrderBy(s => s.ApplicationId).ToListAsync()],
            [.. await db.PlacementGroups.AsNoTracking().OrderBy(g => g.Id).ToListAsync()],
            [.. await db.Set<AccompanyingPerson>().AsNoTracking().OrderBy(p => p.PlacementGroupId).ThenBy(p => p.StaffMemberId).ToListAsync()],
            [.. await db.Placements.AsNoTracking().OrderBy(p => p.Id).ToListAsync()],
            [.. await db.Set<LearningAgreementVersion>().AsNoTracking().OrderBy(v => v.Id).ToListAsync()],
            [.. await db.Set<LearningObjective>().AsNoTracking().OrderBy(o => o.LearningAgreementVersionId).ThenBy(o => o.Position).ToListAsync()],
            [.. await db.Set<FollowUp>().AsNoTracking().OrderBy(f => f.Id).ToListAsync()],
            [.. await db.PlacementGrants.AsNoTracking().OrderBy(g => g.PlacementId).ToListAsync()],
            [.. await db.Set<PlacementGrantLine>().AsNoTracking().OrderBy(l => l.PlacementId).ThenBy(l => l.Position).ToListAsync()],
        ];
        var json = JsonSerializer.Serialize(tables);
        return $"rows {string.Join(",", tables.Select(t => t.Length))}, sha256 {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))}";
    }
}
