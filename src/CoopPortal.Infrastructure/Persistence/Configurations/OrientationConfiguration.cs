using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class OrientationConfiguration() : LookupConfiguration<Orientation>("orientations")
{
    /// <summary>An admin edits orientations (titles unique, optimistic concurrency on xmin).</summary>
    public override void Configure(EntityTypeBuilder<Orientation> builder)
    {
        base.Configure(builder);
        builder.HasIndex(x => x.Title).IsUnique();
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
