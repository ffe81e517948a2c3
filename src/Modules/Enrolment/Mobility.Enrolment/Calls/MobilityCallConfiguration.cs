using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mobility.Enrolment.Consortia;

namespace Mobility.Enrolment.Calls;

internal sealed class MobilityCallConfiguration : IEntityTypeConfiguration<MobilityCall>
{
    public void Configure(EntityTypeBuilder<MobilityCall> builder)
    {
        builder.ToTable("MobilityCalls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.SelectionVersion).IsConcurrencyToken();
        builder.HasOne<Consortium>().WithMany().HasForeignKey(c => c.ConsortiumId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.MobilityCallId).OnDelete(DeleteBehavior.Cascade);
    }
}
