using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Placements.Groups;

internal sealed class AccompanyingPersonConfiguration : IEntityTypeConfiguration<AccompanyingPerson>
{
    public void Configure(EntityTypeBuilder<AccompanyingPerson> builder)
    {
        builder.ToTable("AccompanyingPersons");
        builder.HasKey(p => new { p.PlacementGroupId, p.StaffMemberId });
    }
}
