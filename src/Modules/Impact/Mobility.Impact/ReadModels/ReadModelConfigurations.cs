using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Impact.ReadModels;

internal sealed class LearnerProfileConfiguration : IEntityTypeConfiguration<LearnerProfile>
{
    public void Configure(EntityTypeBuilder<LearnerProfile> builder)
    {
        builder.ToTable("LearnerProfiles");
        builder.HasKey(p => p.LearnerId);
        builder.Property(p => p.LearnerId).ValueGeneratedNever();
        builder.Property(p => p.QualificationName).HasMaxLength(300);
        builder.Property(p => p.QualificationLevel).HasMaxLength(50);
        builder.Property(p => p.Gender).HasMaxLength(20);
        builder.Property(p => p.FewerOpportunities).HasMaxLength(10);
    }
}

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.ToTable("Participations");
        builder.HasKey(p => p.PlacementId);
        builder.Property(p => p.PlacementId).ValueGeneratedNever();
        builder.Property(p => p.DestinationCountry).HasMaxLength(2);
        builder.Property(p => p.Sector).HasMaxLength(200);
        builder.Property(p => p.Kind).HasMaxLength(30);
        builder.Property(p => p.AcademicYear).HasMaxLength(9);
        builder.Property(p => p.DurationBand).HasMaxLength(30);
        builder.HasIndex(p => p.LearnerId);
    }
}

internal sealed class PendingRefreshConfiguration : IEntityTypeConfiguration<PendingRefresh>
{
    public void Configure(EntityTypeBuilder<PendingRefresh> builder)
    {
        builder.ToTable("PendingRefreshes");
        builder.HasKey(p => p.LearnerId);
        builder.Property(p => p.LearnerId).ValueGeneratedNever();
    }
}

internal sealed class UnitRecognitionConfiguration : IEntityTypeConfiguration<UnitRecognition>
{
    public void Configure(EntityTypeBuilder<UnitRecognition> builder)
    {
        builder.ToTable("UnitRecognitions");
        builder.HasKey(r => r.UnitId);
        builder.Property(r => r.UnitId).ValueGeneratedNever();
        builder.Property(r => r.Outcome).HasMaxLength(40);
        builder.HasIndex(r => r.LearnerId);
    }
}
