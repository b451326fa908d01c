using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Festival;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class FestivalNomineeConfiguration : IEntityTypeConfiguration<FestivalNominee>
{
    public void Configure(EntityTypeBuilder<FestivalNominee> builder)
    {
        builder.ToTable("festival_nominees");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(n => n.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.FestivalId, n.CooperativeId }).IsUnique();
        builder.HasIndex(n => n.CooperativeId);
        builder.Property(n => n.CooperativeName).HasMaxLength(FieldLengths.CooperativeName).IsRequired();
        builder.Property(n => n.RegistrationNumber).HasMaxLength(FieldLengths.TypedCode);
        builder.Property(n => n.Orientation).HasMaxLength(FieldLengths.CooperativeName).IsRequired();
        builder.Property(n => n.County).HasMaxLength(FieldLengths.CooperativeName).IsRequired();
        builder.Property(n => n.Reason).HasMaxLength(FieldLengths.NominationReason).IsRequired();
        builder.Property(n => n.ShortlistedByUserId).HasMaxLength(FieldLengths.UserId).IsRequired();

        // The score's findings with their evidence, as they were when it was shortlisted (a snapshot; never recomputed).
        builder.Property(n => n.Findings).AsJson();
    }
}
