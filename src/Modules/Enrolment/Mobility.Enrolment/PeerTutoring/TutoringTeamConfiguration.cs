using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Organisations;

namespace Mobility.Enrolment.PeerTutoring;

internal sealed class TutoringTeamConfiguration : IEntityTypeConfiguration<TutoringTeam>
{
    public void Configure(EntityTypeBuilder<TutoringTeam> builder)
    {
        builder.ToTable("TutoringTeams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Ignore(t => t.SchoolIds);
        builder.HasOne<Consortium>().WithMany().HasForeignKey(t => t.ConsortiumId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.TutorSchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Newcomers).WithOne().HasForeignKey(n => n.TutoringTeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.SharedPractices).WithOne().HasForeignKey(p => p.TutoringTeamId).OnDelete(DeleteBehavior.Cascade);
    }
}
