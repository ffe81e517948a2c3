using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Placements.SendingCompanies;

internal sealed class SendingCompanyConfiguration : IEntityTypeConfiguration<SendingCompany>
{
    public void Configure(EntityTypeBuilder<SendingCompany> builder)
    {
        builder.ToTable("SendingCompanies");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.City).HasMaxLength(200);
        builder.Property(c => c.ContactName).HasMaxLength(200);
        builder.Property(c => c.ContactEmail).HasMaxLength(254);
        builder.Property(c => c.Agreement).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AgreementNote).HasMaxLength(1000);
        builder.HasIndex(c => c.LearnerId).IsUnique();
    }
}
