using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class AssemblyEventConfiguration : IEntityTypeConfiguration<AssemblyEvent>
{
    public void Configure(EntityTypeBuilder<AssemblyEvent> builder) => CaseEvents.Configure<AssemblyEvent, AssemblyStatus, AssemblyAction>(builder, "assembly_events");
}
