using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

/// <summary>A province office's contact details: one row per province that has any, edited by an admin (xmin guards).</summary>
internal sealed class ProvinceOfficeConfiguration : IEntityTypeConfiguration<ProvinceOffice>
{
    public void Configure(EntityTypeBuilder<ProvinceOffice> builder)
    {
        builder.ToTable("province_offices");
        builder.HasKey(o => o.ProvinceId);
        builder.Property(o => o.ProvinceId).ValueGeneratedNever();
        builder.HasOne<Province>().WithOne().HasForeignKey<ProvinceOffice>(o => o.ProvinceId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Address).HasMaxLength(ProvinceOffice.AddressMaxLength).IsRequired();
        builder.Property(o => o.Phone).HasMaxLength(ProvinceOffice.PhoneMaxLength).IsRequired();
        builder.Property(o => o.WorkingHours).HasMaxLength(ProvinceOffice.WorkingHoursMaxLength).IsRequired();
        builder.Ignore(o => o.IsEmpty);
        builder.Ignore(o => o.PhoneNumbers);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
