using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.PeerTutoring;

internal sealed class TutoringNewcomerConfiguration : IEntityTypeConfiguration<TutoringNewcomer>
{
    public void Configure(EntityTypeBuilder<TutoringNewcomer> builder)
    {
        builder.ToTable("TutoringNewcomers");
        builder.HasKey(n => new { n.TutoringTeamId, n.SchoolId });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(n => n.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
