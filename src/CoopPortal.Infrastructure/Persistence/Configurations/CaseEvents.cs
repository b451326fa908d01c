using CoopPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal static class CaseEvents
{
    /// <summary>The mapping every case's history shares: statuses and actions stored by name, the comment up to <paramref name="commentLength"/>.</summary>
    public static void Configure<T, TStatus, TAction>(EntityTypeBuilder<T> builder, string table, int commentLength = 2000)
        where T : CaseEvent<TStatus, TAction>
        where TStatus : struct, Enum
        where TAction : struct, Enum
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Comment).HasMaxLength(commentLength);
    }
}
