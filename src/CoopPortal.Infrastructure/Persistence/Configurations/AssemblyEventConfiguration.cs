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

internal sealed class AssemblyEventConfiguration : IEntityTypeConfiguration<AssemblyEvent>
{
    public void Configure(EntityTypeBuilder<AssemblyEvent> builder) => CaseEvents.Configure<AssemblyEvent, AssemblyStatus, AssemblyAction>(builder, "assembly_events");
}
