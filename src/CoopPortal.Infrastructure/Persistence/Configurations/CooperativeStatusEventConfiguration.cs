using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class CooperativeStatusEventConfiguration : IEntityTypeConfiguration<CooperativeStatusEvent>
{
    public void Configure(EntityTypeBuilder<CooperativeStatusEvent> builder)
    {
        CaseEvents.Configure<CooperativeStatusEvent, CooperativeStatus, CooperativeStatusAction>(builder, "cooperative_status_events", FieldLengths.StatusReason);
        builder.Property(e => e.LegalGround).HasMaxLength(FieldLengths.LegalGround);
        builder.HasIndex("CooperativeId", nameof(CooperativeStatusEvent.Sequence)).IsUnique();
    }
}
