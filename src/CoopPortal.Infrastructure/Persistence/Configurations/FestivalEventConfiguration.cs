using CoopPortal.Domain.Festival;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class FestivalEventConfiguration : IEntityTypeConfiguration<FestivalEvent>
{
    public void Configure(EntityTypeBuilder<FestivalEvent> builder) =>
        CaseEvents.Configure<FestivalEvent, FestivalStatus, FestivalAction>(builder, "festival_events");
}
