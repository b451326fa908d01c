using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class CooperativeConfiguration : IEntityTypeConfiguration<Cooperative>
{
    public void Configure(EntityTypeBuilder<Cooperative> builder)
    {
        builder.ToTable("cooperatives");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.CooperativeName).IsRequired();
        builder.Property(c => c.NameKey).HasMaxLength(FieldLengths.CooperativeName).IsRequired();
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
        builder.HasMany(c => c.PastOfficers).WithOne().HasForeignKey("CooperativeId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.PastOfficers).HasField("_pastOfficers").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(c => c.Address).HasMaxLength(FieldLengths.Address);
        builder.HasMany(c => c.Managers).WithOne().HasForeignKey(m => m.CooperativeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Managers).HasField("_managers").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32).HasDefaultValue(CooperativeStatus.Active).HasSentinel((CooperativeStatus)(-1));
        builder.HasMany(c => c.StatusEvents).WithOne().HasForeignKey("CooperativeId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.StatusEvents).HasField("_statusEvents").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
