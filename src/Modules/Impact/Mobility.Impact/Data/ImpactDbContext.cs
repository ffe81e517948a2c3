using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Impact.Indicators;
using Mobility.Impact.Jobs;
using Mobility.Impact.Outcomes;
using Mobility.Impact.ReadModels;
using Mobility.Impact.Reports;
using Mobility.Impact.Snapshots;

namespace Mobility.Impact.Data;

internal sealed class ImpactDbContext(DbContextOptions<ImpactDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => ImpactModule.SchemaName;

    public DbSet<LearnerProfile> LearnerProfiles => Set<LearnerProfile>();

    public DbSet<Participation> Participations => Set<Participation>();

    public DbSet<PendingRefresh> PendingRefreshes => Set<PendingRefresh>();

    public DbSet<UnitRecognition> UnitRecognitions => Set<UnitRecognition>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<LanguageAssessment> LanguageAssessments => Set<LanguageAssessment>();

    public DbSet<ExamResult> ExamResults => Set<ExamResult>();

    public DbSet<CareerOutcome> CareerOutcomes => Set<CareerOutcome>();

    public DbSet<StaffOutcome> StaffOutcomes => Set<StaffOutcome>();

    public DbSet<OutcomeFact> OutcomeFacts => Set<OutcomeFact>();

    public DbSet<Snapshot> Snapshots => Set<Snapshot>();

    public DbSet<SnapshotFigure> SnapshotFigures => Set<SnapshotFigure>();

    public DbSet<ImpactReport> Reports => Set<ImpactReport>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    /// <summary>The table's name as raw SQL must write it: schema-qualified, except on SQLite (one file per module).</summary>
    public string Table(string table) => Database.IsSqlite() ? table : $"{Schema}.{table}";

    /// <summary>Notes that a learner's facts must be rebuilt; saved with the change that calls it.</summary>
    public void MarkForRefresh(Guid learnerId, DateTime at)
    {
        var tracked = PendingRefreshes.Local.FirstOrDefault(p => p.LearnerId == learnerId);
        if (tracked is not null)
        {
            Entry(tracked).Property(p => p.MarkedAt).CurrentValue = at;
            return;
        }

        var stored = PendingRefreshes.AsNoTracking().Any(p => p.LearnerId == learnerId);
        var mark = new PendingRefresh(learnerId, at);
        if (stored)
        {
            PendingRefreshes.Update(mark);
        }
        else
        {
            PendingRefreshes.Add(mark);
        }
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(ImpactDbContext).Assembly);
}
