using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Impact.Indicators;

internal sealed class OutcomeFactConfiguration : IEntityTypeConfiguration<OutcomeFact>
{
    public void Configure(EntityTypeBuilder<OutcomeFact> builder)
    {
        builder.ToTable("OutcomeFacts");
        builder.HasKey(f => f.PlacementId);
        builder.Property(f => f.PlacementId).ValueGeneratedNever();
        builder.Property(f => f.AcademicYear).HasMaxLength(9);
        builder.Property(f => f.DestinationCountry).HasMaxLength(2);
        builder.Property(f => f.Sector).HasMaxLength(200);
        builder.Property(f => f.QualificationLevel).HasMaxLength(50);
        builder.Property(f => f.DurationBand).HasMaxLength(30);
        builder.Property(f => f.Gender).HasMaxLength(20);
        builder.Property(f => f.FewerOpportunities).HasMaxLength(10);
        builder.HasIndex(f => f.LearnerId);
        builder.HasIndex(f => new { f.ConsortiumId, f.AcademicYear });
    }
}
