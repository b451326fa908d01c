using CoopPortal.Application.Statistics.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class SelfDeclarationConfiguration : IEntityTypeConfiguration<SelfDeclaration>
{
    public void Configure(EntityTypeBuilder<SelfDeclaration> builder)
    {
        builder.ToTable("self_declarations");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => new { d.CooperativeId, d.FiscalYear }).IsUnique();
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(d => d.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(d => d.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<County>().WithMany().HasForeignKey(d => d.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.RiskBand).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(d => new { d.ProvinceId, d.Status, d.RiskTotal });
        builder.Property(d => d.ReceiptNumber).HasMaxLength(16);
        builder.HasIndex(d => d.ReceiptNumber).IsUnique().HasFilter("\"ReceiptNumber\" IS NOT NULL");
        builder.Property(d => d.CreatedByUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(d => d.SubmittedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(d => d.ReturnComment).HasMaxLength(FieldLengths.ReturnComment);
        builder.Property(d => d.Content).AsJson();
        builder.Property(d => d.InspectionFindings).HasMaxLength(FieldLengths.InspectionFindings);

        // Figures the statistics add up, kept by PostgreSQL from the answers (stored generated columns), so sums over a
        // country's declarations read two integers instead of parsing every jsonb document.
        builder.Property<int?>(StatisticsColumns.TrainingHours)
            .HasComputedColumnSql("CASE WHEN jsonb_typeof(\"Content\"->'trainingHours') = 'number' THEN (\"Content\"->>'trainingHours')::integer END", stored: true);
        builder.Property<int>(StatisticsColumns.AssembliesHeld)
            .HasComputedColumnSql(
                "(CASE WHEN jsonb_typeof(\"Content\"->'ordinaryAssemblyHeldOn') = 'string' THEN 1 ELSE 0 END) + " +
                "(CASE WHEN jsonb_typeof(\"Content\"->'extraordinaryAssemblies') = 'array' THEN jsonb_array_length(\"Content\"->'extraordinaryAssemblies') ELSE 0 END)",
                stored: true);
        builder.HasIndex(d => new { d.FiscalYear, d.ProvinceId, d.Status })
            .IncludeProperties(nameof(SelfDeclaration.RiskBand), StatisticsColumns.TrainingHours, StatisticsColumns.AssembliesHeld);
        // The compliance list (ComplianceReader): the sent declarations of the window's years, by province, index-only.
        builder.HasIndex(d => new { d.FiscalYear, d.ProvinceId, d.CooperativeId })
            .HasFilter("\"Status\" <> 'Draft'").HasDatabaseName("IX_self_declarations_Sent");
        builder.HasIndex(d => new { d.Status, d.ProvinceId }).IncludeProperties(d => d.InspectionPlannedOn)
            .HasFilter("\"Status\" = 'InspectionPlanned'").HasDatabaseName("IX_self_declarations_PlannedInspections");
        builder.HasIndex(d => new { d.InspectedOn, d.ProvinceId }).HasFilter("\"InspectedOn\" IS NOT NULL");
        builder.Property(d => d.ConfirmedSections).AsJson();
        builder.Property(d => d.StartedSections).AsJson();
        builder.Property(d => d.Files).AsJson();
        builder.Property(d => d.RiskFindings).AsJson();
        builder.Ignore(d => d.IsEditable);
        builder.Ignore(d => d.HasInspectorsReport);
        builder.HasMany(d => d.Events).WithOne().HasForeignKey("DeclarationId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
