using CoopPortal.Domain.Assemblies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class GeneralAssemblyEventConfiguration : IEntityTypeConfiguration<GeneralAssemblyEvent>
{
    /// <summary>The partial index the statistics' «with irregularities» reads (AssemblyStatistics: an EXISTS per assembly).</summary>
    public const string IrregularitiesIndex = "IX_general_assembly_events_AssemblyId_Irregularities";

    public void Configure(EntityTypeBuilder<GeneralAssemblyEvent> builder)
    {
        CaseEvents.Configure<GeneralAssemblyEvent, GeneralAssemblyStatus, GeneralAssemblyAction>(builder, "general_assembly_events", commentLength: Domain.Common.FieldLengths.InspectionFindings);

        // Only the reports of irregularities, by assembly: a few rows, read index-only. The foreign key's own index (all
        // events, for loading a history) is declared too: otherwise EF would take the partial one for the key and drop it.
        builder.HasIndex("AssemblyId");
        builder.HasIndex(["AssemblyId"], IrregularitiesIndex)
            .HasFilter($"\"Action\" = '{nameof(GeneralAssemblyAction.ReportIrregularities)}'");
    }
}
