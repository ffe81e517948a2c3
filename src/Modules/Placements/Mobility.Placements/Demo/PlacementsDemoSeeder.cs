using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Data;
using Mobility.Placements.Grants;
using Mobility.Placements.Places;

namespace Mobility.Placements.Demo;

/// <summary>
/// Loads the placements of the two demo consortia on top of Enrolment's demo (read through its directory). The
/// whole demo is built in memory through the domain, then written kind by kind in one transaction, so it is either
/// wholly there or absent: when its first host exists nothing is written, which makes a second run change nothing.
/// Selections Enrolment's events already brought in are kept, the others are recorded as the event handler would.
/// </summary>
internal sealed class PlacementsDemoSeeder(
    PlacementsDbContext db, IEnrolmentDirectory enrolment, GrantRatesCatalogue rates, KnownCities cities) : IDemoDataSeeder
{
    public int Order => 200;

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
        => !await db.HostOrganisations.AnyAsync(cancellationToken) && !await db.Placements.AnyAsync(cancellationToken);

    public async Task<string> SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.HostOrganisations.AnyAsync(h => h.Id == ParisHosts.All[0].Id, cancellationToken))
        {
            var batch = await BuildAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SaveAsync(batch, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await DemoSummary.DescribeAsync(db, cancellationToken);
    }

    private async Task<DemoBatch> BuildAsync(CancellationToken cancellationToken)
    {
        var batch = new DemoBatch();
        batch.AddHosts(ParisHosts.All);
        batch.AddHosts(CraftsHosts.All);
        var paris = await ParisDemo.LoadAsync(enrolment, cancellationToken);
        ParisLearnerPlacements.Add(batch, paris, rates, cities, new DemoRandom(2019));
        ParisStaffPlacements.Add(batch, paris, rates, cities, new DemoRandom(2020));
        InvitedExperts.Add(batch, paris, rates, cities);
        await CraftsPlacements.AddAsync(batch, enrolment, rates, cities, new DemoRandom(2021), cancellationToken);
        DemoGrants.Add(batch, rates);
        return batch;
    }

    private async Task SaveAsync(DemoBatch batch, CancellationToken cancellationToken)
    {
        var known = await db.SelectedLearners.Select(s => s.ApplicationId).ToListAsync(cancellationToken);
        db.SelectedLearners.AddRange(batch.Selections.Where(s => !known.Contains(s.ApplicationId)));
        db.HostOrganisations.AddRange(batch.Hosts);
        db.SendingCompanies.AddRange(batch.SendingCompanies);
        await SaveAsync(cancellationToken);
        db.PlacementGroups.AddRange(batch.Groups);
        await SaveAsync(cancellationToken);
        db.Placements.AddRange(batch.Placements);
        await SaveAsync(cancellationToken);
        db.PlacementGrants.AddRange(batch.Grants);
        batch.Events.ForEach(db.Publish);
        await SaveAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
