using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Enrolment.Calls;

internal sealed class ApplicationStatusChangeConfiguration : IEntityTypeConfiguration<ApplicationStatusChange>
{
    public void Configure(EntityTypeBuilder<ApplicationStatusChange> builder)
    {
        builder.ToTable("ApplicationStatusChanges");
        builder.HasKey(h => new { h.ApplicationId, h.Sequence });
        builder.Property(h => h.Sequence).ValueGeneratedNever();
        builder.Property(h => h.FromStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.ToStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Reason).HasMaxLength(ApplicationStatusChange.ReasonMaxLength);
        builder.Property(h => h.Author).HasMaxLength(ApplicationStatusChange.AuthorMaxLength);
    }
}
