using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class RegistryChangeNoticeConfiguration : IEntityTypeConfiguration<RegistryChangeNotice>
{
    public void Configure(EntityTypeBuilder<RegistryChangeNotice> builder)
    {
        builder.ToTable("registry_change_notices");
        VerifiableDocumentColumns.Configure(builder);

        // One notice per assembly: two confirmations at once leave one (the loser's transaction is rolled back).
        builder.HasIndex(n => n.AssemblyId).IsUnique();
        builder.HasOne<GeneralAssembly>().WithMany().HasForeignKey(n => n.AssemblyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.CooperativeId);
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(n => n.CooperativeId).OnDelete(DeleteBehavior.Restrict);

        // The snapshot of what the notice says, as JSON: it never changes after issue.
        builder.Property(n => n.Content).AsJson();
    }
}
