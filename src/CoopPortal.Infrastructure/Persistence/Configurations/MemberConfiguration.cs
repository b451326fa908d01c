using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("application_members");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.FullName).HasMaxLength(100);
        builder.Property(m => m.FatherName).HasMaxLength(100);
        builder.Property(m => m.NationalCode).HasMaxLength(20);
        builder.Property(m => m.BirthDateJalali).HasMaxLength(20);
        builder.Property(m => m.Mobile).HasMaxLength(20);
        builder.Property(m => m.InKindDescription).HasMaxLength(1000);
        builder.Ignore(m => m.HasInKind);
        builder.HasIndex(m => m.NationalCode);
    }
}
