using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Placements.LearningAgreements;

internal sealed class LearningAgreementVersionConfiguration : IEntityTypeConfiguration<LearningAgreementVersion>
{
    public void Configure(EntityTypeBuilder<LearningAgreementVersion> builder)
    {
        builder.ToTable("LearningAgreementVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.RevisionReason).HasMaxLength(1000);
        builder.Property(v => v.DraftedBy).HasMaxLength(200);
        builder.Property(v => v.ParticipantSignedBy).HasMaxLength(200);
        builder.Property(v => v.SendingSchoolSignedBy).HasMaxLength(200);
        builder.Property(v => v.HostSignedBy).HasMaxLength(200);
        builder.HasIndex(v => new { v.PlacementId, v.Version }).IsUnique();
        builder.HasMany(v => v.Objectives).WithOne().HasForeignKey(o => o.LearningAgreementVersionId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_learning_objectives_learning_agreement_versions");
    }
}
