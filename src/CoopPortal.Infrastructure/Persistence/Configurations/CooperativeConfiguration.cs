using CoopPortal.Application.Statistics.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class CooperativeConfiguration : IEntityTypeConfiguration<Cooperative>
{
    public void Configure(EntityTypeBuilder<Cooperative> builder)
    {
        builder.ToTable("cooperatives");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.NameKey).HasMaxLength(200).IsRequired();
        builder.Property(c => c.RegistrationNumber).HasMaxLength(30);
        builder.Property(c => c.CompanyNationalId).HasMaxLength(11);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(16).HasDefaultValue(CooperativeSource.Portal).HasSentinel((CooperativeSource)(-1));
        builder.HasIndex(c => new { c.ProvinceId, c.NameKey });
        builder.HasIndex(c => new { c.ProvinceId, c.RegistrationNumber }).IsUnique().HasFilter("\"RegistrationNumber\" IS NOT NULL");
        builder.HasIndex(c => c.CompanyNationalId).IsUnique().HasFilter("\"CompanyNationalId\" IS NOT NULL");
        builder.HasIndex(c => c.FormationApplicationId).IsUnique().HasFilter("\"FormationApplicationId\" IS NOT NULL");

        // The statistics read cooperatives from these two indexes alone (index-only scans): formed per county in a year,
        // and the registry by orientation and membership type with its members.
        builder.HasIndex(c => c.RegisteredAtUtc).IncludeProperties(c => new { c.ProvinceId, c.CountyId });
        builder.HasIndex(c => c.ProvinceId).IncludeProperties(c => new { c.OrientationId, c.MembershipTypeId, c.MembersCount, c.MembersWomen, c.MembersMen });
        builder.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<County>().WithMany().HasForeignKey(c => c.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ActivityType>().WithMany().HasForeignKey(c => c.ActivityTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Orientation>().WithMany().HasForeignKey(c => c.OrientationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FormationApplication>().WithMany().HasForeignKey(c => c.FormationApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Officers).WithOne().HasForeignKey("CooperativeId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Officers).HasField("_officers").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Managers).WithOne().HasForeignKey(m => m.CooperativeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Managers).HasField("_managers").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}

internal sealed class CooperativeOfficerConfiguration : IEntityTypeConfiguration<CooperativeOfficer>
{
    public void Configure(EntityTypeBuilder<CooperativeOfficer> builder)
    {
        builder.ToTable("cooperative_officers");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.FullName).HasMaxLength(100);
        builder.Property(o => o.NationalCode).HasMaxLength(20);
    }
}

internal sealed class CooperativeManagerConfiguration : IEntityTypeConfiguration<CooperativeManager>
{
    public void Configure(EntityTypeBuilder<CooperativeManager> builder)
    {
        builder.ToTable("cooperative_managers");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.FullName).HasMaxLength(100);
        builder.Property(m => m.NationalCode).HasMaxLength(10).IsRequired();
        builder.HasIndex(m => m.NationalCode);
        builder.HasIndex(m => new { m.CooperativeId, m.NationalCode }).IsUnique();
    }
}

internal sealed class FoundingAssemblyConfiguration : IEntityTypeConfiguration<FoundingAssembly>
{
    public void Configure(EntityTypeBuilder<FoundingAssembly> builder)
    {
        builder.ToTable("founding_assemblies");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.ApplicationId).IsUnique();
        builder.HasOne<FormationApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.ApplicantUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.ApplicantUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(a => a.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(a => a.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(a => new { a.ProvinceId, a.Status, a.SubmittedAtUtc });
        builder.Property(a => a.CompanyNationalId).HasMaxLength(30);
        builder.Property(a => a.ReturnComment).HasMaxLength(2000);
        builder.Property(a => a.Officers).AsJson();
        builder.Property(a => a.Files).AsJson();
        builder.Ignore(a => a.IsEditable);
        builder.HasMany(a => a.Events).WithOne().HasForeignKey("AssemblyId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}

internal sealed class SelfDeclarationConfiguration : IEntityTypeConfiguration<SelfDeclaration>
{
    public void Configure(EntityTypeBuilder<SelfDeclaration> builder)
    {
        builder.ToTable("self_declarations");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => new { d.CooperativeId, d.FiscalYear }).IsUnique();
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(d => d.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(d => d.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.RiskBand).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(d => new { d.ProvinceId, d.Status, d.RiskTotal });
        builder.Property(d => d.ReceiptNumber).HasMaxLength(16);
        builder.HasIndex(d => d.ReceiptNumber).IsUnique().HasFilter("\"ReceiptNumber\" IS NOT NULL");
        builder.Property(d => d.CreatedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(d => d.SubmittedByUserId).HasMaxLength(450);
        builder.Property(d => d.ReturnComment).HasMaxLength(2000);
        builder.Property(d => d.Content).AsJson();
        builder.Property(d => d.InspectionFindings).HasMaxLength(4000);

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
        builder.Property(d => d.Files).AsJson();
        builder.Property(d => d.RiskFindings).AsJson();
        builder.Ignore(d => d.IsEditable);
        builder.Ignore(d => d.HasInspectorsReport);
        builder.HasMany(d => d.Events).WithOne().HasForeignKey("DeclarationId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}

internal sealed class AssemblyEventConfiguration : IEntityTypeConfiguration<AssemblyEvent>
{
    public void Configure(EntityTypeBuilder<AssemblyEvent> builder) => CaseEvents.Configure(builder, "assembly_events");
}

internal sealed class DeclarationEventConfiguration : IEntityTypeConfiguration<DeclarationEvent>
{
    public void Configure(EntityTypeBuilder<DeclarationEvent> builder) => CaseEvents.Configure(builder, "declaration_events");
}

internal static class CaseEvents
{
    public static void Configure<T>(EntityTypeBuilder<T> builder, string table)
        where T : CaseEvent
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorUserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(32);
        builder.Property(e => e.FromStatus).HasMaxLength(32);
        builder.Property(e => e.ToStatus).HasMaxLength(32);
        builder.Property(e => e.Comment).HasMaxLength(2000);
    }
}
