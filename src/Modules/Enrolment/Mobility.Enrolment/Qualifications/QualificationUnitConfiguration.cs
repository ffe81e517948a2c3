using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Enrolment.Qualifications;

internal sealed class QualificationUnitConfiguration : IEntityTypeConfiguration<QualificationUnit>
{
    public void Configure(EntityTypeBuilder<QualificationUnit> builder)
    {
        builder.ToTable("QualificationUnits");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Code).HasMaxLength(QualificationUnit.CodeMaxLength);
        builder.Property(u => u.Title).HasMaxLength(QualificationUnit.TitleMaxLength);
        builder.HasIndex(u => new { u.QualificationId, u.Code }).IsUnique();
    }
}
