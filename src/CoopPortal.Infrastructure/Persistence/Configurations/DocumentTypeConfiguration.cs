using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// The document kinds: the five built-in ones (seeded with their wording at start-up) and those an administrator added,
/// keyed by the code application_documents.Kind holds.
/// </summary>
internal sealed class DocumentTypeConfiguration : IEntityTypeConfiguration<DocumentType>
{
    public void Configure(EntityTypeBuilder<DocumentType> builder)
    {
        builder.ToTable("document_types");
        builder.HasKey(t => t.Kind);
        builder.Property(t => t.Kind).HasConversion(DocumentKindConversion.Converter).HasMaxLength(DocumentKind.MaxCodeLength);
        builder.Property(t => t.Title).HasMaxLength(ReferenceDataRules.TitleMaxLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(ReferenceDataRules.DescriptionMaxLength).IsRequired();
        builder.HasIndex(t => t.Title).IsUnique();
        builder.Ignore(t => t.IsRequiredByRules);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
