using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class CooperativeManagerConfiguration : IEntityTypeConfiguration<CooperativeManager>
{
    public void Configure(EntityTypeBuilder<CooperativeManager> builder)
    {
        builder.ToTable("cooperative_managers");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.FullName).HasMaxLength(FieldLengths.PersonName);
        builder.Property(m => m.NationalCode).HasMaxLength(10).IsRequired();
        builder.HasIndex(m => m.NationalCode);
        builder.HasIndex(m => new { m.CooperativeId, m.NationalCode }).IsUnique();
    }
}
