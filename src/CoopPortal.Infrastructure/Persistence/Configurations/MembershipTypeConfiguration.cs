using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class MembershipTypeConfiguration() : LookupConfiguration<MembershipType>("membership_types");
