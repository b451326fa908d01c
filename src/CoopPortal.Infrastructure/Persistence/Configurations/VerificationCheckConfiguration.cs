using CoopPortal.Domain.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class VerificationCheckConfiguration : IEntityTypeConfiguration<VerificationCheck>
{
    public void Configure(EntityTypeBuilder<VerificationCheck> builder)
    {
        builder.ToTable("verification_checks");
        builder.Property(v => v.Code).HasMaxLength(64).IsRequired();
        builder.Property(v => v.ClientAddress).HasMaxLength(64);
        builder.Property(v => v.UserAgent).HasMaxLength(256);
        builder.Property(v => v.DocumentKind).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(v => v.Found);
        builder.HasIndex(v => v.AtUtc);
        builder.HasIndex(v => v.DocumentId);
    }
}
