using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class PastOfficerConfiguration : IEntityTypeConfiguration<PastOfficer>
{
    public void Configure(EntityTypeBuilder<PastOfficer> builder)
    {
        builder.ToTable("cooperative_past_officers");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.FullName).HasMaxLength(FieldLengths.PersonName);
        builder.Property(o => o.NationalCode).HasMaxLength(FieldLengths.TypedCode);
    }
}
