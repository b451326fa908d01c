using System.Text.Json;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<FormationCertificate>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<FormationCertificate> builder)
    {
        builder.ToTable("formation_certificates");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.ProvinceId, c.Year, c.Sequence }).IsUnique();
        builder.Property(c => c.VerificationCode).HasMaxLength(VerificationCode.Length).IsRequired();
        builder.HasIndex(c => c.VerificationCode).IsUnique();
        builder.HasIndex(c => c.ApplicationId).IsUnique();
        builder.HasOne<FormationApplication>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.IssuedByUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(c => c.RevokedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(c => c.RevocationReason).HasMaxLength(FieldLengths.RevocationReason);
        builder.Property(c => c.PdfSha256).HasMaxLength(64);
        builder.Ignore(c => c.IsRevoked);

        // The snapshot of what the certificate says, as JSON: it never changes after issue.
        builder.Property(c => c.Content)
            .HasColumnType("jsonb")
            .HasConversion(
                content => JsonSerializer.Serialize(content, Json),
                json => JsonSerializer.Deserialize<CertificateContent>(json, Json)!,
                new ValueComparer<CertificateContent>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    c => JsonSerializer.Serialize(c, Json).GetHashCode(StringComparison.Ordinal),
                    c => c));

        // Printing once is guarded by the row version: two first downloads at once store one document.
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
