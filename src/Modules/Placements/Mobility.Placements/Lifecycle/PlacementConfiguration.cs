using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mobility.Placements.Groups;
using Mobility.Placements.HostOrganisations;

namespace Mobility.Placements.Lifecycle;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("Placements");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Direction).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.IncomingParticipantName).HasMaxLength(200);
        builder.Property(p => p.IncomingHomeOrganisation).HasMaxLength(300);
        builder.Property(p => p.OriginCity).HasMaxLength(200);
        builder.Property(p => p.OriginCountry).HasMaxLength(2);
        builder.Property(p => p.DestinationCity).HasMaxLength(200);
        builder.Property(p => p.DestinationCountry).HasMaxLength(2);
        builder.Property(p => p.HostTutorName).HasMaxLength(200);
        builder.Property(p => p.HostTutorEmail).HasMaxLength(254);
        builder.Property(p => p.HostTutorPosition).HasMaxLength(200);
        builder.Property(p => p.ClosingReason).HasMaxLength(1000);
        builder.Ignore(p => p.Origin);
        builder.Ignore(p => p.Destination);
        builder.Ignore(p => p.CurrentLearningAgreement);
        builder.Ignore(p => p.Debriefing);
        builder.HasOne<HostOrganisation>().WithMany().HasForeignKey(p => p.HostOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlacementGroup>().WithMany().HasForeignKey(p => p.PlacementGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.LearningAgreements).WithOne().HasForeignKey(v => v.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.FollowUps).WithOne().HasForeignKey(f => f.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.LearnerId);
        builder.HasIndex(p => p.StaffMemberId);
        builder.HasIndex(p => p.SelectionApplicationId);
        builder.HasIndex(p => new { p.CallYear, p.PlannedAt });
    }
}
