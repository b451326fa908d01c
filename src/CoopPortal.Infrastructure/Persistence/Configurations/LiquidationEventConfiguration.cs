using CoopPortal.Domain.Liquidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class LiquidationEventConfiguration : IEntityTypeConfiguration<LiquidationEvent>
{
    public void Configure(EntityTypeBuilder<LiquidationEvent> builder) =>
        CaseEvents.Configure<LiquidationEvent, LiquidationStatus, LiquidationAction>(builder, "liquidation_events");
}
