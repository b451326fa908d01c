using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class MembershipCertificateConfiguration : IEntityTypeConfiguration<MembershipCertificate>
{
    public void Configure(EntityTypeBuilder<MembershipCertificate> builder)
    {
        builder.ToTable("membership_certificates");
        VerifiableDocumentColumns.Configure(builder);

        // One certificate per membership and content: two requests at once leave one (the loser reads the winner's).
        builder.Property(c => c.Fingerprint).HasMaxLength(64).IsRequired();
        builder.HasIndex(c => new { c.MembershipId, c.Fingerprint }).IsUnique();
        builder.HasOne<CooperativeMember>().WithMany().HasForeignKey(c => c.MembershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CooperativeId);
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(c => c.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.NationalCode).HasMaxLength(10).IsRequired();

        // The snapshot of what the certificate says, as JSON: it never changes after issue.
        builder.Property(c => c.Content).AsJson();
    }
}
