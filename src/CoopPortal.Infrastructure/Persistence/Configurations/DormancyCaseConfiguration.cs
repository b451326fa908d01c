using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class DormancyCaseConfiguration : IEntityTypeConfiguration<DormancyCase>
{
    public void Configure(EntityTypeBuilder<DormancyCase> builder)
    {
        builder.ToTable("dormancy_cases");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(c => c.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.CooperativeName).HasMaxLength(FieldLengths.CooperativeName).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Answer).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Ground).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.OpenedByUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(c => c.AnswerText).HasMaxLength(FieldLengths.StatusReason);
        builder.Property(c => c.DecisionText).HasMaxLength(FieldLengths.StatusReason);
        builder.Property(c => c.OwedYears).AsJson();
        builder.Property(c => c.Files).AsJson();
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.LegalGroundLine);

        // One open case per cooperative: two openings at once leave one (the other's transaction is rolled back).
        builder.HasIndex(c => c.CooperativeId).IsUnique().HasFilter("\"Status\" IN ('AwaitingAnswer', 'Answered')").HasDatabaseName("IX_dormancy_cases_open_per_cooperative");
        builder.HasIndex(c => new { c.ProvinceId, c.Status });
        builder.HasMany(c => c.Events).WithOne().HasForeignKey("CaseId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
