using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Qualifications;

namespace Mobility.Enrolment.Learners;

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.ToTable("Learners");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.FirstName).HasMaxLength(100);
        builder.Property(l => l.LastName).HasMaxLength(100);
        builder.Property(l => l.Email).HasMaxLength(254);
        builder.Property(l => l.Gender).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Nationality).HasMaxLength(2);
        builder.Property(l => l.GuardianConsentBy).HasMaxLength(200);
        builder.Property(l => l.SelectionVersion).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(l => l.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Qualification>().WithMany().HasForeignKey(l => l.QualificationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Languages).WithOne().HasForeignKey(l => l.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
