using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Placements.Grants;

internal sealed class PlacementGrantLineConfiguration : IEntityTypeConfiguration<PlacementGrantLine>
{
    public void Configure(EntityTypeBuilder<PlacementGrantLine> builder)
    {
        builder.ToTable("PlacementGrantLines");
        builder.HasKey(l => new { l.PlacementId, l.Position });
        builder.Property(l => l.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(l => l.Basis).HasMaxLength(300);
    }
}
