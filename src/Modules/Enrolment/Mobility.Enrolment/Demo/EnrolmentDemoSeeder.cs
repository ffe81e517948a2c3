using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Demo;

/// <summary>
/// Loads the two demo consortia. Each is built in memory through the domain, then written kind by kind (one
/// SaveChanges per kind, batched by EF) inside one transaction, so a consortium is either wholly there or absent:
/// a consortium already present is skipped, which makes a second run change nothing.
/// </summary>
internal sealed class EnrolmentDemoSeeder(EnrolmentDbContext db) : IDemoDataSeeder
{
    public int Order => 100;

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
        => !await db.Organisations.AnyAsync(cancellationToken)
            && !await db.Consortia.AnyAsync(cancellationToken)
            && !await db.Learners.AnyAsync(cancellationToken);

    public async Task<string> SeedAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var qualifications = DemoQualificationEntities.Build();
        var existing = await db.Qualifications.Select(q => q.Id).ToListAsync(cancellationToken);
        db.Qualifications.AddRange(qualifications.Values.Where(q => !existing.Contains(q.Id)));
        await SaveAsync(cancellationToken);

        if (!await db.Consortia.AnyAsync(c => c.Id == ParisConsortium.Id, cancellationToken))
        {
            await SaveAsync(ParisConsortium.Build(qualifications), cancellationToken);
        }

        if (!await db.Consortia.AnyAsync(c => c.Id == CraftsConsortium.Id, cancellationToken))
        {
            await SaveAsync(CraftsConsortium.Build(qualifications), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return await DemoSummary.DescribeAsync(db, cancellationToken);
    }

    private async Task SaveAsync(DemoBatch batch, CancellationToken cancellationToken)
    {
        db.Organisations.AddRange(batch.Organisations);
        await SaveAsync(cancellationToken);
        db.Consortia.AddRange(batch.Consortia);
        await SaveAsync(cancellationToken);
        db.TutoringTeams.AddRange(batch.TutoringTeams);
        await SaveAsync(cancellationToken);
        db.Learners.AddRange(batch.Learners);
        batch.LearnerEvents.ForEach(db.Publish);
        await SaveAsync(cancellationToken);
        db.LearnerSensitiveData.AddRange(batch.SensitiveData);
        batch.SensitiveEvents.ForEach(db.Publish);
        await SaveAsync(cancellationToken);
        db.StaffMembers.AddRange(batch.Staff);
        await SaveAsync(cancellationToken);
        db.MobilityCalls.AddRange(batch.Calls);
        await SaveAsync(cancellationToken);
        db.Applications.AddRange(batch.Applications);
        batch.ApplicationEvents.ForEach(db.Publish);
        await SaveAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
