using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Impact.Reports;

internal sealed class ImpactReportConfiguration : IEntityTypeConfiguration<ImpactReport>
{
    public void Configure(EntityTypeBuilder<ImpactReport> builder)
    {
        builder.ToTable("Reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.AcademicYear).HasMaxLength(20);
        builder.Property(r => r.Title).HasMaxLength(ImpactReport.TitleLength);
        builder.HasIndex(r => new { r.ConsortiumId, r.AcademicYear });
    }
}
