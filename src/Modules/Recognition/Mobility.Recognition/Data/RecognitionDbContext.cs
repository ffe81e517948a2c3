using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Recognition.DecisionSupport;
using Mobility.Recognition.Europass;
using Mobility.Recognition.Recognitions;

namespace Mobility.Recognition.Data;

internal sealed class RecognitionDbContext(DbContextOptions<RecognitionDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => RecognitionModule.SchemaName;

    public DbSet<PlacementRecognition> PlacementRecognitions => Set<PlacementRecognition>();

    public DbSet<UnitOfLearningOutcomes> Units => Set<UnitOfLearningOutcomes>();

    public DbSet<RecognitionDecision> Decisions => Set<RecognitionDecision>();

    public DbSet<EuropassDocument> EuropassDocuments => Set<EuropassDocument>();

    public DbSet<DecisionRule> DecisionRules => Set<DecisionRule>();

    public DbSet<EvaluationProcedure> EvaluationProcedures => Set<EvaluationProcedure>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(RecognitionDbContext).Assembly);
}
