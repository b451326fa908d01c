using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationVersionConfiguration : IEntityTypeConfiguration<ApplicationVersion>
{
    public void Configure(EntityTypeBuilder<ApplicationVersion> builder)
    {
        builder.ToTable("application_versions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ContentJson).HasColumnType("jsonb").IsRequired();
        builder.HasOne<FormationApplication>().WithMany().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.ApplicationId, v.Number }).IsUnique();
    }
}
