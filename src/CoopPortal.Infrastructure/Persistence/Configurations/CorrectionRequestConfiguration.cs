using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> builder)
    {
        builder.ToTable("application_corrections");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Section).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Field).HasMaxLength(100);
        builder.Property(c => c.Comment).HasMaxLength(FieldLengths.CorrectionComment).IsRequired();
        builder.Property(c => c.ReviewerUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
    }
}
