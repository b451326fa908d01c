using CoopPortal.Domain.Inspection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class InspectorReportEventConfiguration : IEntityTypeConfiguration<InspectorReportEvent>
{
    public void Configure(EntityTypeBuilder<InspectorReportEvent> builder) =>
        CaseEvents.Configure<InspectorReportEvent, InspectorReportStatus, InspectorReportAction>(builder, "inspector_report_events");
}
