using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Enrolment.Calls;

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> builder)
    {
        builder.ToTable("CriterionScores");
        builder.HasKey(s => new { s.ApplicationId, s.SelectionCriterionId });
        builder.HasOne<SelectionCriterion>().WithMany().HasForeignKey(s => s.SelectionCriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
