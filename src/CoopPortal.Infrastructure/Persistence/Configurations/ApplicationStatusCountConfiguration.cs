using CoopPortal.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

/// <summary>The statistics rollups: tables kept by database triggers (Statistics/StatisticsRollupSql), read by the dashboard.</summary>
internal sealed class ApplicationStatusCountConfiguration : IEntityTypeConfiguration<ApplicationStatusCount>
{
    public void Configure(EntityTypeBuilder<ApplicationStatusCount> builder)
    {
        builder.ToTable("stats_application_status");
        builder.HasKey(c => new { c.ProvinceId, c.Status });
        builder.Property(c => c.Status).HasMaxLength(32);
    }
}
