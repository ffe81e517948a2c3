using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Enrolment.PeerTutoring;

internal sealed class SharedPracticeConfiguration : IEntityTypeConfiguration<SharedPractice>
{
    public void Configure(EntityTypeBuilder<SharedPractice> builder)
    {
        builder.ToTable("SharedPractices");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Note).HasMaxLength(SharedPractice.NoteMaxLength);
    }
}
