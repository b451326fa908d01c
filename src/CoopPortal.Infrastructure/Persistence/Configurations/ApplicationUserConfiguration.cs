using CoopPortal.Domain.Common;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(FieldLengths.PersonName).IsRequired();
        builder.Property(u => u.NationalCode).HasMaxLength(10).IsFixedLength().IsRequired();
        builder.HasIndex(u => u.NationalCode).IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).IsUnique().HasFilter("\"NormalizedEmail\" IS NOT NULL");
        builder.Property(u => u.IdentityProvenByUserId).HasMaxLength(450);
        builder.HasOne<Province>().WithMany().HasForeignKey(u => u.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<County>().WithMany().HasForeignKey(u => u.CountyId).OnDelete(DeleteBehavior.Restrict);
    }
}
