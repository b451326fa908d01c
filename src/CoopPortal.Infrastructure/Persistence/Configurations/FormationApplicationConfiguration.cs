using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
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
        builder.Property(a => a.ApplicantUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.ApplicantUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.ApplicantNationalCode).HasMaxLength(10).IsRequired();
        builder.Property(a => a.TrackingCode).HasMaxLength(16);
        builder.HasIndex(a => a.TrackingCode).IsUnique().HasFilter("\"TrackingCode\" IS NOT NULL");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.ClaimedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasIndex(a => new { a.ApplicantUserId, a.CreatedAtUtc });
        builder.HasIndex(a => a.DecidedAtUtc).HasFilter("\"DecidedAtUtc\" IS NOT NULL");

        // Optimistic concurrency on PostgreSQL's row version (xmin): two saves of one application never both win.
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();

        builder.ComplexProperty(a => a.Details, details =>
        {
            details.Property(d => d.ActivityDescription).HasColumnName("ActivityDescription").HasMaxLength(FieldLengths.ActivityDescription);
            details.Property(d => d.Address).HasColumnName("Address").HasMaxLength(FieldLengths.Address);
            details.Property(d => d.PostalCode).HasColumnName("PostalCode").HasMaxLength(FieldLengths.TypedCode);
            details.Property(d => d.Phone).HasColumnName("Phone").HasMaxLength(FieldLengths.TypedCode);
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
            names.Property(n => n.Name).HasMaxLength(FieldLengths.CooperativeName).IsRequired();
            names.Property(n => n.NameKey).HasMaxLength(FieldLengths.CooperativeName).IsRequired();
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
