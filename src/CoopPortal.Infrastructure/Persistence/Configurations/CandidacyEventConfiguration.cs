using CoopPortal.Domain.Assemblies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class CandidacyEventConfiguration : IEntityTypeConfiguration<CandidacyEvent>
{
    public void Configure(EntityTypeBuilder<CandidacyEvent> builder) => CaseEvents.Configure<CandidacyEvent, CandidacyStatus, CandidacyAction>(builder, "candidacy_events");
}
