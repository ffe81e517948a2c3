using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Placements.Selections;

internal sealed class SelectedLearnerConfiguration : IEntityTypeConfiguration<SelectedLearner>
{
    public void Configure(EntityTypeBuilder<SelectedLearner> builder)
    {
        builder.ToTable("SelectedLearners");
        builder.HasKey(s => s.ApplicationId);
        builder.Property(s => s.ApplicationId).ValueGeneratedNever();
        builder.HasIndex(s => s.LearnerId);
    }
}
