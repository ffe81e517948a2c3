using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Enrolment.Calls;

internal sealed class SelectionCriterionConfiguration : IEntityTypeConfiguration<SelectionCriterion>
{
    public void Configure(EntityTypeBuilder<SelectionCriterion> builder)
    {
        builder.ToTable("SelectionCriteria");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(SelectionCriterion.NameMaxLength);
        builder.HasIndex(c => new { c.MobilityCallId, c.Name }).IsUnique();
    }
}
