using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mobility.Placements.Lifecycle;

namespace Mobility.Placements.Grants;

internal sealed class PlacementGrantConfiguration : IEntityTypeConfiguration<PlacementGrant>
{
    public void Configure(EntityTypeBuilder<PlacementGrant> builder)
    {
        builder.ToTable("PlacementGrants");
        builder.HasKey(g => g.PlacementId);
        builder.Property(g => g.Currency).HasMaxLength(3);
        builder.HasOne<Placement>().WithOne().HasForeignKey<PlacementGrant>(g => g.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Lines).WithOne().HasForeignKey(l => l.PlacementId).OnDelete(DeleteBehavior.Cascade);
    }
}
