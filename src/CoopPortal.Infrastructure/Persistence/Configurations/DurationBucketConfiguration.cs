using CoopPortal.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class DurationBucketConfiguration : IEntityTypeConfiguration<DurationBucket>
{
    public void Configure(EntityTypeBuilder<DurationBucket> builder)
    {
        builder.ToTable("stats_durations");
        builder.HasKey(b => new { b.Year, b.ProvinceId, b.Step, b.Hours });
    }
}
