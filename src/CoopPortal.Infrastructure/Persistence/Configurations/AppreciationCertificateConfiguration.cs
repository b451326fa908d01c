using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Festival;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class AppreciationCertificateConfiguration : IEntityTypeConfiguration<AppreciationCertificate>
{
    public void Configure(EntityTypeBuilder<AppreciationCertificate> builder)
    {
        builder.ToTable("appreciation_certificates");
        VerifiableDocumentColumns.Configure(builder);

        // One certificate per winner: a second confirmation (there is none by the table) could not issue another.
        builder.HasIndex(c => c.NomineeId).IsUnique();
        builder.HasOne<FestivalNominee>().WithMany().HasForeignKey(c => c.NomineeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FestivalCase>().WithMany().HasForeignKey(c => c.FestivalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CooperativeId);
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(c => c.CooperativeId).OnDelete(DeleteBehavior.Restrict);

        // The snapshot of what the certificate says, as JSON: it never changes after issue.
        builder.Property(c => c.Content).AsJson();
    }
}
