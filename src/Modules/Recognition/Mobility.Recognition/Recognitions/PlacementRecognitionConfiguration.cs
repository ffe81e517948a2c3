using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Recognition.Recognitions;

internal sealed class PlacementRecognitionConfiguration : IEntityTypeConfiguration<PlacementRecognition>
{
    public void Configure(EntityTypeBuilder<PlacementRecognition> builder)
    {
        builder.ToTable("PlacementRecognitions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.PlacementId).IsUnique();
        builder.HasIndex(r => r.LearnerId);
        builder.HasIndex(r => r.SendingOrganisationId);
        builder.HasIndex(r => r.HostTutorEmail);
        builder.Property(r => r.QualificationName).HasMaxLength(300);
        builder.Property(r => r.HostTutorName).HasMaxLength(200);
        builder.Property(r => r.HostTutorEmail).HasMaxLength(254);
        builder.Property(r => r.AssessmentStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.AssessmentMethod).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.AssessmentLanguage).HasMaxLength(2);
        builder.Property(r => r.OtherParticipants).HasMaxLength(500);
        builder.Property(r => r.AssessedBy).HasMaxLength(254);
        builder.Property(r => r.ValidatedBy).HasMaxLength(254);
        builder.Ignore(r => r.IsValidated);
        builder.HasMany(r => r.Units).WithOne().HasForeignKey(u => u.PlacementRecognitionId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_units_of_learning_outcomes_placement_recognitions");
        builder.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.PlacementRecognitionId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_recognition_decisions_placement_recognitions");
    }
}

internal sealed class UnitOfLearningOutcomesConfiguration : IEntityTypeConfiguration<UnitOfLearningOutcomes>
{
    public const int StatementMaxLength = 500;

    public void Configure(EntityTypeBuilder<UnitOfLearningOutcomes> builder)
    {
        builder.ToTable("UnitsOfLearningOutcomes");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.HasIndex(u => new { u.PlacementRecognitionId, u.QualificationUnitId }).IsUnique().HasDatabaseName("ix_units_of_learning_outcomes_recognition_qualification_unit");
        builder.Property(u => u.QualificationUnitCode).HasMaxLength(20);
        builder.Property(u => u.QualificationUnitTitle).HasMaxLength(300);
        builder.Property(u => u.Title).HasMaxLength(300);
        builder.PrimitiveCollection(u => u.Knowledge);
        builder.PrimitiveCollection(u => u.Skills);
        builder.PrimitiveCollection(u => u.Competences);
        builder.Property(u => u.SchemeCode).HasMaxLength(40);
        builder.Property(u => u.HostLevel).HasMaxLength(40);
        builder.Property(u => u.HostEvidence).HasMaxLength(2000);
        builder.Property(u => u.HostComment).HasMaxLength(2000);
        builder.Property(u => u.SchoolLevel).HasMaxLength(40);
        builder.Property(u => u.SchoolComment).HasMaxLength(2000);
        builder.Property(u => u.SchoolAssessedBy).HasMaxLength(254);
        builder.Ignore(u => u.IsAgreed);
        builder.Ignore(u => u.HostGrade);
        builder.Ignore(u => u.SchoolGrade);
    }
}

internal sealed class RecognitionDecisionConfiguration : IEntityTypeConfiguration<RecognitionDecision>
{
    public void Configure(EntityTypeBuilder<RecognitionDecision> builder)
    {
        builder.ToTable("RecognitionDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => new { d.UnitId, d.Sequence }).IsUnique();
        builder.HasOne<UnitOfLearningOutcomes>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Reason).HasMaxLength(1000);
        builder.Property(d => d.Attestation).HasMaxLength(100);
        builder.Property(d => d.DecidedBy).HasMaxLength(254);
        builder.Ignore(d => d.IsRecognised);
    }
}
