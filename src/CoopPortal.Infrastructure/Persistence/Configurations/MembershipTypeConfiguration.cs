using CoopPortal.Domain.ReferenceData;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class MembershipTypeConfiguration() : LookupConfiguration<MembershipType>("membership_types");
