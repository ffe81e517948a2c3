using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mobility.Placements.HostOrganisations;

namespace Mobility.Placements.Groups;

internal sealed class PlacementGroupConfiguration : IEntityTypeConfiguration<PlacementGroup>
{
    public void Configure(EntityTypeBuilder<PlacementGroup> builder)
    {
        builder.ToTable("PlacementGroups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.HasOne<HostOrganisation>().WithMany().HasForeignKey(g => g.HostOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.AccompanyingPersons).WithOne().HasForeignKey(p => p.PlacementGroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
