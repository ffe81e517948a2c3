using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Placements.LearningAgreements;

internal sealed class LearningObjectiveConfiguration : IEntityTypeConfiguration<LearningObjective>
{
    public void Configure(EntityTypeBuilder<LearningObjective> builder)
    {
        builder.ToTable("LearningObjectives");
        builder.HasKey(o => new { o.LearningAgreementVersionId, o.Position });
        builder.Property(o => o.Description).HasMaxLength(500);
        builder.Property(o => o.SuccessIndicator).HasMaxLength(500);
    }
}
