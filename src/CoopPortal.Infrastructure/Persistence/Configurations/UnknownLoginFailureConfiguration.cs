using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class UnknownLoginFailureConfiguration : IEntityTypeConfiguration<UnknownLoginFailure>
{
    public void Configure(EntityTypeBuilder<UnknownLoginFailure> builder)
    {
        builder.ToTable("unknown_login_failures");
        builder.Property(f => f.KeyHash).HasMaxLength(64).IsFixedLength();
        builder.HasKey(f => f.KeyHash);
        builder.HasIndex(f => f.ExpiresAtUtc);
    }
}
