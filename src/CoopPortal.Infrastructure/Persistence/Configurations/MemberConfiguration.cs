using CoopPortal.Domain.Common;
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
        builder.Property(m => m.FullName).HasMaxLength(FieldLengths.PersonName);
        builder.Property(m => m.FatherName).HasMaxLength(FieldLengths.PersonName);
        builder.Property(m => m.NationalCode).HasMaxLength(FieldLengths.TypedCode);
        builder.Property(m => m.BirthDateJalali).HasMaxLength(FieldLengths.TypedCode);
        builder.Property(m => m.Mobile).HasMaxLength(FieldLengths.TypedCode);
        builder.Property(m => m.InKindDescription).HasMaxLength(FieldLengths.InKindDescription);
        builder.Ignore(m => m.HasInKind);
        builder.HasIndex(m => m.NationalCode);
    }
}
