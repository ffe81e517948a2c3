using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Recognition.DecisionSupport;

internal sealed class DecisionRuleConfiguration : IEntityTypeConfiguration<DecisionRule>
{
    public void Configure(EntityTypeBuilder<DecisionRule> builder)
    {
        builder.ToTable("DecisionRules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Code).HasMaxLength(60);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.PrimitiveCollection(r => r.Conditions);
        builder.Property(r => r.ProcedureCode).HasMaxLength(60);
        builder.Property(r => r.Explanation).HasMaxLength(1000);
        builder.PrimitiveCollection(r => r.Advice);
        builder.Property(r => r.UpdatedBy).HasMaxLength(254);
    }
}

internal sealed class EvaluationProcedureConfiguration : IEntityTypeConfiguration<EvaluationProcedure>
{
    public void Configure(EntityTypeBuilder<EvaluationProcedure> builder)
    {
        builder.ToTable("EvaluationProcedures");
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(60);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.PrimitiveCollection(p => p.Steps);
        builder.Property(p => p.UpdatedBy).HasMaxLength(254);
    }
}
