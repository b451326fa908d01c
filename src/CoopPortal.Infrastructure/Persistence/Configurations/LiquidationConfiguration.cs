using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class LiquidationConfiguration : IEntityTypeConfiguration<LiquidationCase>
{
    public void Configure(EntityTypeBuilder<LiquidationCase> builder)
    {
        builder.ToTable("liquidations");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(l => l.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(l => l.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<County>().WithMany().HasForeignKey(l => l.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Assemblies.GeneralAssembly>().WithMany().HasForeignKey(l => l.GeneralAssemblyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.CooperativeName).HasMaxLength(FieldLengths.CooperativeName).IsRequired();
        builder.Property(l => l.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.StartedByUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(l => l.StartedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.Liquidators).AsJson();
        builder.Property(l => l.LiquidatorCodes).HasColumnType("text[]");
        builder.Property(l => l.Reports).AsJson();
        builder.Property(l => l.Draft).AsJson();
        builder.Property(l => l.DraftFiles).AsJson();
        builder.Property(l => l.ReturnComment).HasMaxLength(FieldLengths.ReturnComment);
        builder.Ignore(l => l.IsDraftEditable);
        builder.Ignore(l => l.InterimCount);

        // One liquidation per cooperative (it ends with the cooperative struck off); the office's queue by province and
        // status; a person's liquidations by national code (an array column, GIN index).
        builder.HasIndex(l => l.CooperativeId).IsUnique();
        builder.HasIndex(l => new { l.ProvinceId, l.Status });
        builder.HasIndex(l => l.LiquidatorCodes).HasMethod("gin");
        builder.HasMany(l => l.Events).WithOne().HasForeignKey("LiquidationId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(l => l.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
