using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mobility.Enrolment.Learners;

namespace Mobility.Enrolment.Calls;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("Applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.MobilityCallId, a.LearnerId }).IsUnique();
        builder.HasOne<MobilityCall>().WithMany().HasForeignKey(a => a.MobilityCallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Learner>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
