using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// The columns every kind of verifiable document has in its own table (ADR 0007, ADR 0023): number and verification
/// code unique, the province's numbering unique, the stored PDF, and the row version that lets two first prints store
/// one document.
/// </summary>
internal static class VerifiableDocumentColumns
{
    public static void Configure<TDocument>(EntityTypeBuilder<TDocument> builder)
        where TDocument : VerifiableDocument
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.ProvinceId, c.Year, c.Sequence }).IsUnique();
        builder.Property(c => c.VerificationCode).HasMaxLength(VerificationCode.Length).IsRequired();
        builder.HasIndex(c => c.VerificationCode).IsUnique();
        builder.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.IssuedByUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(c => c.PdfSha256).HasMaxLength(64);
        builder.Ignore(c => c.IsRevoked);
        builder.Ignore(c => c.Kind);

        // Printing once is guarded by the row version: two first downloads at once store one document.
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
