using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// The registry's members (docs/features/members.md): one row per cooperative and national code, found by national code
/// for «عضویت‌های من». The member import merges into this table with INSERT ... ON CONFLICT on the unique index
/// (<see cref="Registry.MemberImportStaging"/>), so its column names are written there too.
/// </summary>
internal sealed class CooperativeMemberConfiguration : IEntityTypeConfiguration<CooperativeMember>
{
    public void Configure(EntityTypeBuilder<CooperativeMember> builder)
    {
        builder.ToTable("cooperative_members");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.NationalCode).HasMaxLength(10).IsRequired();
        builder.Property(m => m.FullName).HasMaxLength(FieldLengths.PersonName).IsRequired();
        builder.Property(m => m.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => new { m.CooperativeId, m.NationalCode }).IsUnique();
        builder.HasIndex(m => m.NationalCode);
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(m => m.CooperativeId).OnDelete(DeleteBehavior.Cascade);
    }
}
