using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Placements.OpenData;

internal sealed class OpenDataParticipantConfiguration : IEntityTypeConfiguration<OpenDataParticipant>
{
    public void Configure(EntityTypeBuilder<OpenDataParticipant> builder)
    {
        builder.ToTable("OpenDataParticipants");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Nationality).HasMaxLength(2);
        builder.Property(p => p.Gender).HasMaxLength(OpenDataLimits.Label);
        builder.Property(p => p.Profile).HasMaxLength(OpenDataLimits.Label);
    }
}
