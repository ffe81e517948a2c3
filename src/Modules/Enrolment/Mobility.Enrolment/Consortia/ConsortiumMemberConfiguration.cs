using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.Consortia;

internal sealed class ConsortiumMemberConfiguration : IEntityTypeConfiguration<ConsortiumMember>
{
    public void Configure(EntityTypeBuilder<ConsortiumMember> builder)
    {
        builder.ToTable("ConsortiumMembers");
        builder.HasKey(m => new { m.ConsortiumId, m.OrganisationId });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
