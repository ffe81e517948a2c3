using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Placements.OpenData;

internal sealed class OpenDataOrganisationConfiguration : IEntityTypeConfiguration<OpenDataOrganisation>
{
    public void Configure(EntityTypeBuilder<OpenDataOrganisation> builder)
    {
        builder.ToTable("OpenDataOrganisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.NaturalKey).HasMaxLength(64);
        builder.Property(o => o.Name).HasMaxLength(OpenDataLimits.Name);
        builder.Property(o => o.Country).HasMaxLength(2);
        builder.Property(o => o.City).HasMaxLength(OpenDataLimits.City);
        builder.HasIndex(o => o.NaturalKey).IsUnique();
    }
}
