using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Enrolment.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Country).HasMaxLength(2).IsFixedLength(false);
        builder.Property(o => o.City).HasMaxLength(200);
        builder.Property(o => o.Oid).HasMaxLength(9);
        builder.Property(o => o.ErasmusCode).HasMaxLength(30);
        builder.PrimitiveCollection(o => o.Sectors);
        builder.HasIndex(o => o.Oid).IsUnique();
    }
}
