using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mobility.Recognition.Recognitions;

namespace Mobility.Recognition.Europass;

internal sealed class EuropassDocumentConfiguration : IEntityTypeConfiguration<EuropassDocument>
{
    public void Configure(EntityTypeBuilder<EuropassDocument> builder)
    {
        builder.ToTable("EuropassDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Number).HasMaxLength(40);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.HasIndex(d => d.PlacementId);
        builder.Property(d => d.IssuedBy).HasMaxLength(254);
        builder.Ignore(d => d.Record);
        builder.HasOne<PlacementRecognition>().WithMany().HasForeignKey(d => d.PlacementRecognitionId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_europass_documents_placement_recognitions");
    }
}
