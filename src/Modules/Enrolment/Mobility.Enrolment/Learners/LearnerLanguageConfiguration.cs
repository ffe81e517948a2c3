using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Enrolment.Learners;

internal sealed class LearnerLanguageConfiguration : IEntityTypeConfiguration<LearnerLanguage>
{
    public void Configure(EntityTypeBuilder<LearnerLanguage> builder)
    {
        builder.ToTable("LearnerLanguages");
        builder.HasKey(l => new { l.LearnerId, l.Language });
        builder.Property(l => l.Language).HasMaxLength(2);
        builder.Property(l => l.Level).HasConversion<string>().HasMaxLength(2);
    }
}
