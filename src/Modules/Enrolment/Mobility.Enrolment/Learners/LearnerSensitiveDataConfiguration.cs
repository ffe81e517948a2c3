using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Enrolment.Learners;

internal sealed class LearnerSensitiveDataConfiguration : IEntityTypeConfiguration<LearnerSensitiveData>
{
    public void Configure(EntityTypeBuilder<LearnerSensitiveData> builder)
    {
        builder.ToTable("LearnerSensitiveData");
        builder.HasKey(s => s.LearnerId);
        builder.HasOne<Learner>().WithOne().HasForeignKey<LearnerSensitiveData>(s => s.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
