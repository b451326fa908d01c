using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class CandidacyConfiguration : IEntityTypeConfiguration<Candidacy>
{
    public void Configure(EntityTypeBuilder<Candidacy> builder)
    {
        builder.ToTable("candidacies");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<GeneralAssembly>().WithMany().HasForeignKey(c => c.AssemblyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(c => c.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<County>().WithMany().HasForeignKey(c => c.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.CandidateUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.CandidateUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.NationalCode).HasMaxLength(FieldLengths.TypedCode).IsRequired();
        builder.Property(c => c.FullName).HasMaxLength(FieldLengths.PersonName).IsRequired();
        builder.Property(c => c.Post).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Files).AsJson();
        builder.Property(c => c.Findings).AsJson();
        builder.Property(c => c.DecisionReason).HasMaxLength(FieldLengths.ReturnComment);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.FileKinds);

        // One open candidacy per person and post in an assembly: a second registration is refused by the database too.
        builder.HasIndex(c => new { c.AssemblyId, c.NationalCode, c.Post }).IsUnique().HasFilter("\"Status\" IN ('Registered', 'Approved')");
        builder.HasIndex(c => c.CandidateUserId);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey("CandidacyId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
