using CoopPortal.Domain.Common;
using CoopPortal.Domain.Festival;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class FestivalCaseConfiguration : IEntityTypeConfiguration<FestivalCase>
{
    public void Configure(EntityTypeBuilder<FestivalCase> builder)
    {
        builder.ToTable("festivals");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasOne<Province>().WithMany().HasForeignKey(f => f.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.OpenedByUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(f => f.ConfirmedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(f => f.ReturnComment).HasMaxLength(FieldLengths.ReturnComment);
        builder.Ignore(f => f.Parties);
        builder.Ignore(f => f.Winners);

        // One festival per province and year; the public page reads a year's confirmed ones.
        builder.HasIndex(f => new { f.ProvinceId, f.FiscalYear }).IsUnique();
        builder.HasIndex(f => new { f.FiscalYear, f.Status });
        builder.HasMany(f => f.Nominees).WithOne().HasForeignKey(n => n.FestivalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Nominees).HasField("_nominees").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(f => f.Events).WithOne().HasForeignKey("FestivalId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(f => f.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
