using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Placements.OpenData;

internal sealed class OpenDataMobilityConfiguration : IEntityTypeConfiguration<OpenDataMobility>
{
    public void Configure(EntityTypeBuilder<OpenDataMobility> builder)
    {
        builder.ToTable("OpenDataMobilities");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.NaturalKey).HasMaxLength(OpenDataLimits.NaturalKey);
        builder.Property(m => m.ProjectReference).HasMaxLength(OpenDataLimits.ProjectReference);
        builder.Property(m => m.KeyAction).HasMaxLength(10);
        builder.Property(m => m.AcademicYear).HasMaxLength(9);
        builder.Property(m => m.Activity).HasMaxLength(OpenDataLimits.Text);
        builder.Property(m => m.FieldOfEducation).HasMaxLength(OpenDataLimits.Text);
        builder.Property(m => m.EducationLevel).HasMaxLength(OpenDataLimits.Text);
        builder.HasIndex(m => m.NaturalKey).IsUnique();
        builder.HasIndex(m => m.ParticipantId).IsUnique();

        // Short names: the default ones pass PostgreSQL's 63-character limit.
        builder.HasOne<OpenDataOrganisation>().WithMany().HasForeignKey(m => m.SendingOrganisationId)
            .HasConstraintName("fk_open_data_mobilities_sending_organisation").OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OpenDataOrganisation>().WithMany().HasForeignKey(m => m.ReceivingOrganisationId)
            .HasConstraintName("fk_open_data_mobilities_receiving_organisation").OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OpenDataParticipant>().WithOne().HasForeignKey<OpenDataMobility>(m => m.ParticipantId)
            .HasConstraintName("fk_open_data_mobilities_participant").OnDelete(DeleteBehavior.Restrict);
    }
}
