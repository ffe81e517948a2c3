using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Enrolment.Qualifications;

internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> builder)
    {
        builder.ToTable("Qualifications");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.NationalName).HasMaxLength(300);
        builder.Property(q => q.NationalLevel).HasMaxLength(40);
        builder.Property(q => q.Country).HasMaxLength(2);
        builder.Property(q => q.IscedField).HasMaxLength(4);
        builder.HasIndex(q => new { q.Country, q.NationalName }).IsUnique();
        builder.HasMany(q => q.Units).WithOne().HasForeignKey(u => u.QualificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
