using CoopPortal.Domain.Dormancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class DormancyEventConfiguration : IEntityTypeConfiguration<DormancyEvent>
{
    public void Configure(EntityTypeBuilder<DormancyEvent> builder) =>
        CaseEvents.Configure<DormancyEvent, DormancyStatus, DormancyAction>(builder, "dormancy_events", 2600);
}
