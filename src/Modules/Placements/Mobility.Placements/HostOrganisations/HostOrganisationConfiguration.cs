using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Placements.HostOrganisations;

internal sealed class HostOrganisationConfiguration : IEntityTypeConfiguration<HostOrganisation>
{
    public void Configure(EntityTypeBuilder<HostOrganisation> builder)
    {
        builder.ToTable("HostOrganisations");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Name).HasMaxLength(300);
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Country).HasMaxLength(2);
        builder.Property(h => h.City).HasMaxLength(200);
        builder.Property(h => h.Sector).HasMaxLength(100);
        builder.Property(h => h.ContactName).HasMaxLength(200);
        builder.Property(h => h.ContactEmail).HasMaxLength(254);
        builder.Property(h => h.ContactPhone).HasMaxLength(40);
        builder.Ignore(h => h.Place);
        builder.HasIndex(h => h.Country);
    }
}
