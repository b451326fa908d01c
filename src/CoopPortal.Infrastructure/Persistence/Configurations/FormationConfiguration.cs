using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class FormationApplicationConfiguration : IEntityTypeConfiguration<FormationApplication>
{
    public void Configure(EntityTypeBuilder<FormationApplication> builder)
    {
        builder.ToTable("formation_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ApplicantUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.ApplicantUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.ApplicantNationalCode).HasMaxLength(10).IsRequired();
        builder.Property(a => a.TrackingCode).HasMaxLength(16);
        builder.HasIndex(a => a.TrackingCode).IsUnique().HasFilter("\"TrackingCode\" IS NOT NULL");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.ClaimedByUserId).HasMaxLength(450);
        builder.HasIndex(a => new { a.ApplicantUserId, a.CreatedAtUtc });
        builder.HasIndex(a => a.DecidedAtUtc).HasFilter("\"DecidedAtUtc\" IS NOT NULL");

        // Optimistic concurrency on PostgreSQL's row version (xmin): two saves of one application never both win.
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();

        builder.ComplexProperty(a => a.Details, details =>
        {
            details.Property(d => d.ActivityDescription).HasColumnName("ActivityDescription").HasMaxLength(2000);
            details.Property(d => d.Address).HasColumnName("Address").HasMaxLength(500);
            details.Property(d => d.PostalCode).HasColumnName("PostalCode").HasMaxLength(20);
            details.Property(d => d.Phone).HasColumnName("Phone").HasMaxLength(20);
            details.Property(d => d.ActivityTypeId).HasColumnName("ActivityTypeId");
            details.Property(d => d.OrientationId).HasColumnName("OrientationId");
            details.Property(d => d.MembershipTypeId).HasColumnName("MembershipTypeId");
            details.Property(d => d.ProvinceId).HasColumnName("ProvinceId");
            details.Property(d => d.CountyId).HasColumnName("CountyId");
        });

        builder.Ignore(a => a.Capital);
        builder.Ignore(a => a.ProvinceId);
        builder.Ignore(a => a.SectionsToCorrect);

        builder.OwnsMany(a => a.ProposedNames, names =>
        {
            names.ToTable("application_names");
            names.WithOwner().HasForeignKey("ApplicationId");
            names.HasKey("ApplicationId", nameof(ProposedName.Rank));
            names.Property(n => n.Rank).ValueGeneratedNever();
            names.Property(n => n.Name).HasMaxLength(200).IsRequired();
            names.Property(n => n.NameKey).HasMaxLength(200).IsRequired();
            names.HasIndex(n => n.NameKey);
        });
        builder.Navigation(a => a.ProposedNames).HasField("_names").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(a => a.Members).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Documents).HasField("_documents").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Events).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Corrections).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Corrections).HasField("_corrections").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("application_members");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.FullName).HasMaxLength(100);
        builder.Property(m => m.FatherName).HasMaxLength(100);
        builder.Property(m => m.NationalCode).HasMaxLength(20);
        builder.Property(m => m.BirthDateJalali).HasMaxLength(20);
        builder.Property(m => m.Mobile).HasMaxLength(20);
        builder.Property(m => m.InKindDescription).HasMaxLength(1000);
        builder.Ignore(m => m.HasInKind);
        builder.HasIndex(m => m.NationalCode);
    }
}

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.ToTable("application_documents");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasConversion(DocumentKindConversion.Converter).HasMaxLength(DocumentKind.MaxCodeLength);
        builder.Property(d => d.FileName).HasMaxLength(255).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(d => d.StorageKey).HasMaxLength(100).IsRequired();
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        builder.ToTable("application_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorUserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Comment).HasMaxLength(4000);
        builder.HasIndex(e => e.AtUtc).HasFilter("\"FromStatusSinceUtc\" IS NOT NULL");
    }
}

internal sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> builder)
    {
        builder.ToTable("application_corrections");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Section).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Field).HasMaxLength(100);
        builder.Property(c => c.Comment).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.ReviewerUserId).HasMaxLength(450).IsRequired();
    }
}

internal sealed class ApplicationVersionConfiguration : IEntityTypeConfiguration<ApplicationVersion>
{
    public void Configure(EntityTypeBuilder<ApplicationVersion> builder)
    {
        builder.ToTable("application_versions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ContentJson).HasColumnType("jsonb").IsRequired();
        builder.HasOne<FormationApplication>().WithMany().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.ApplicationId, v.Number }).IsUnique();
    }
}

/// <summary>Uploaded file contents, kept in PostgreSQL with their SHA-256 (see PostgresDocumentStore).</summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }

    public byte[] Content { get; set; } = [];

    public string Sha256 { get; set; } = string.Empty;

    public long Size { get; set; }

    public string ContentType { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("stored_files");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(f => f.ContentType).HasMaxLength(100);
    }
}
