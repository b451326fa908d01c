using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.ToTable("provinces");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasMany(p => p.Counties).WithOne(c => c.Province).HasForeignKey(c => c.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CountyConfiguration : IEntityTypeConfiguration<County>
{
    public void Configure(EntityTypeBuilder<County> builder)
    {
        builder.ToTable("counties");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(c => new { c.ProvinceId, c.Name }).IsUnique();
    }
}

internal abstract class LookupConfiguration<T>(string table) : IEntityTypeConfiguration<T>
    where T : LookupItem
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Code).HasMaxLength(50).IsRequired();
        builder.Property(x => x.Title).HasMaxLength(100).IsRequired();
        builder.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class ActivityTypeConfiguration() : LookupConfiguration<ActivityType>("activity_types");

internal sealed class MembershipTypeConfiguration() : LookupConfiguration<MembershipType>("membership_types");

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

/// <summary>A document kind is stored as its code, the text the enum it replaced was stored as.</summary>
internal static class DocumentKindConversion
{
    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DocumentKind, string> Converter =
        new(kind => kind.Code, code => new DocumentKind(code));
}
