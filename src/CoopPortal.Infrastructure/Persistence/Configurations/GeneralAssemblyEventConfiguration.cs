using CoopPortal.Domain.Assemblies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class GeneralAssemblyEventConfiguration : IEntityTypeConfiguration<GeneralAssemblyEvent>
{
    public void Configure(EntityTypeBuilder<GeneralAssemblyEvent> builder) =>
        CaseEvents.Configure<GeneralAssemblyEvent, GeneralAssemblyStatus, GeneralAssemblyAction>(builder, "general_assembly_events", commentLength: Domain.Common.FieldLengths.InspectionFindings);
}
