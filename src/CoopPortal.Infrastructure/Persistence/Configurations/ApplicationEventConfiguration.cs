using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        CaseEvents.Configure<ApplicationEvent, ApplicationStatus, WorkflowAction>(builder, "application_events", commentLength: 4000);
        builder.HasIndex(e => e.AtUtc).HasFilter("\"FromStatusSinceUtc\" IS NOT NULL");
    }
}
