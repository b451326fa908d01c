using CoopPortal.Application.Statistics.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class DeclarationEventConfiguration : IEntityTypeConfiguration<DeclarationEvent>
{
    public void Configure(EntityTypeBuilder<DeclarationEvent> builder) => CaseEvents.Configure<DeclarationEvent, DeclarationStatus, DeclarationAction>(builder, "declaration_events");
}
