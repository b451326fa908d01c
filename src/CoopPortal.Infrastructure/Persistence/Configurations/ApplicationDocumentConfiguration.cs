using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.ToTable("application_documents");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasConversion(DocumentKindConversion.Converter).HasMaxLength(DocumentKind.MaxCodeLength);
        builder.Property(d => d.FileName).HasMaxLength(FieldLengths.FileName).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(d => d.StorageKey).HasMaxLength(100).IsRequired();
    }
}
