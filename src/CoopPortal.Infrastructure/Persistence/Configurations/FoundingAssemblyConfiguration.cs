using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class FoundingAssemblyConfiguration : IEntityTypeConfiguration<FoundingAssembly>
{
    public void Configure(EntityTypeBuilder<FoundingAssembly> builder)
    {
        builder.ToTable("founding_assemblies");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.ApplicationId).IsUnique();
        builder.HasOne<FormationApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.ApplicantUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.ApplicantUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(a => a.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<County>().WithMany().HasForeignKey(a => a.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(a => a.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(a => new { a.ProvinceId, a.Status, a.SubmittedAtUtc });
        builder.Property(a => a.CompanyNationalId).HasMaxLength(30);
        builder.Property(a => a.ReturnComment).HasMaxLength(FieldLengths.ReturnComment);
        builder.Property(a => a.Officers).AsJson();
        builder.Property(a => a.Files).AsJson();
        builder.Ignore(a => a.IsEditable);
        builder.HasMany(a => a.Events).WithOne().HasForeignKey("AssemblyId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
