using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class DormancyNoticeConfiguration : IEntityTypeConfiguration<DormancyNotice>
{
    public void Configure(EntityTypeBuilder<DormancyNotice> builder)
    {
        builder.ToTable("dormancy_notices");
        VerifiableDocumentColumns.Configure(builder);

        // One notice per case.
        builder.HasIndex(n => n.CaseId).IsUnique();
        builder.HasOne<DormancyCase>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.CooperativeId);
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(n => n.CooperativeId).OnDelete(DeleteBehavior.Restrict);

        // The snapshot of what the notice says, as JSON: it never changes after issue.
        builder.Property(n => n.Content).AsJson();
    }
}
