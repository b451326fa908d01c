using CoopPortal.Domain.ReferenceData;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class ActivityTypeConfiguration() : LookupConfiguration<ActivityType>("activity_types");
