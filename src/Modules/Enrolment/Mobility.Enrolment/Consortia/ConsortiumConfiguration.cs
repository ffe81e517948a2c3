using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.Consortia;

internal sealed class ConsortiumConfiguration : IEntityTypeConfiguration<Consortium>
{
    public void Configure(EntityTypeBuilder<Consortium> builder)
    {
        builder.ToTable("Consortia");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.ProjectReference).HasMaxLength(ProjectReferenceFormat.MaxLength);
        builder.Property(c => c.AccreditationNumber).HasMaxLength(AccreditationNumberFormat.MaxLength);
        builder.HasIndex(c => c.ProjectReference).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.CoordinatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.ConsortiumId).OnDelete(DeleteBehavior.Cascade);
    }
}
