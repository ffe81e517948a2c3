using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Impact.Snapshots;

internal sealed class SnapshotConfiguration : IEntityTypeConfiguration<Snapshot>
{
    public void Configure(EntityTypeBuilder<Snapshot> builder)
    {
        builder.ToTable("Snapshots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.RunKey).HasMaxLength(Snapshot.RunKeyLength);
        builder.HasIndex(s => s.RunKey).IsUnique();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Parameters).HasMaxLength(4000);
    }
}

internal sealed class SnapshotFigureConfiguration : IEntityTypeConfiguration<SnapshotFigure>
{
    public void Configure(EntityTypeBuilder<SnapshotFigure> builder)
    {
        builder.ToTable("SnapshotFigures");
        builder.HasKey(f => new { f.SnapshotId, f.Ordinal });
        builder.Property(f => f.Indicator).HasMaxLength(40);
        builder.Property(f => f.Dimension).HasMaxLength(40);
        builder.Property(f => f.Group).HasMaxLength(200);
        builder.Property(f => f.Skill).HasMaxLength(20);
        builder.Property(f => f.Numerator).HasPrecision(18, 4);
        builder.Property(f => f.Value).HasPrecision(18, 4);
        builder.HasOne<Snapshot>().WithMany().HasForeignKey(f => f.SnapshotId).OnDelete(DeleteBehavior.Cascade);
    }
}
