using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Inspection;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class InspectorReportConfiguration : IEntityTypeConfiguration<InspectorReport>
{
    public void Configure(EntityTypeBuilder<InspectorReport> builder)
    {
        builder.ToTable("inspector_reports");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(r => r.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(r => r.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.CooperativeName).HasMaxLength(FieldLengths.CooperativeName).IsRequired();
        builder.Property(r => r.InspectorUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.InspectorUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.InspectorNationalCode).HasMaxLength(10).IsRequired();
        builder.Property(r => r.InspectorName).HasMaxLength(FieldLengths.PersonName).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Content).AsJson();
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.Parties);

        // One report per cooperative, fiscal year and inspector; the declaration and R04 read a cooperative's year.
        builder.HasIndex(r => new { r.CooperativeId, r.FiscalYear, r.InspectorNationalCode }).IsUnique();
        builder.HasIndex(r => r.InspectorUserId);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey("ReportId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
