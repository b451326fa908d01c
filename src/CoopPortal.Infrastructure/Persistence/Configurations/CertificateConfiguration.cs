using System.Text.Json;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
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
        VerifiableDocumentColumns.Configure(builder);
        builder.HasIndex(c => c.ApplicationId).IsUnique();
        builder.HasOne<FormationApplication>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.RevokedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(c => c.RevocationReason).HasMaxLength(FieldLengths.RevocationReason);

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
    }
}
