using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mobility.Placements.Contracts;
using Mobility.Placements.Data;

namespace Mobility.Placements.Demo;

internal static class DemoSummary
{
    /// <summary>
    /// e.g. "Placements: 57 host organisations, 600 placements (500 completed, ...), 6 groups, 24 sending companies;
    /// CAPMOB 2.0: 471 of 471 learners placed, 16 countries". A learner counts as placed once a placement of theirs
    /// is completed: an interrupted or cancelled one alone does not count.
    /// </summary>
    public static async Task<string> DescribeAsync(PlacementsDbContext db, CancellationToken cancellationToken)
    {
        var hosts = await db.HostOrganisations.CountAsync(cancellationToken);
        var statuses = (await db.Placements.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Key, s => s.Count);
        var paris = db.Placements.Where(p => p.CallYear == ParisDemo.CallYear && p.LearnerId != null && p.Status == PlacementStatus.Completed);
        var parisLearners = await paris.Select(p => p.LearnerId).Distinct().CountAsync(cancellationToken);
        var parisCountries = await db.Placements.Where(p => p.CallYear == ParisDemo.CallYear && p.Direction == PlacementDirection.Outgoing)
            .Select(p => p.DestinationCountry).Distinct().CountAsync(cancellationToken);
        var byStatus = string.Join(", ", Enum.GetValues<PlacementStatus>().Where(statuses.ContainsKey)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{statuses[s]} {s.ToString().ToLowerInvariant()}")));
        var groups = await db.PlacementGroups.CountAsync(cancellationToken);
        var companies = await db.SendingCompanies.CountAsync(cancellationToken);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Placements: {hosts} host organisations, {statuses.Values.Sum()} placements ({byStatus}), {groups} groups, "
            + $"{companies} sending companies; CAPMOB 2.0: {parisLearners} of 471 learners placed, {parisCountries} countries");
    }
}
