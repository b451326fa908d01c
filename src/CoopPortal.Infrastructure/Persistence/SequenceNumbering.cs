using CoopPortal.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Persistence;

/// <summary>
/// Numbers per kind, province and year without gaps: an upsert on the counter row inside the caller's own
/// transaction. The row stays locked until that transaction ends, so two approvals (or registrations) in one province
/// take turns, and a rolled-back change gives its number back.
/// </summary>
internal sealed class SequenceNumbering : ISequenceNumbering
{
    public async Task<int> NextAsync(IAppDbContext db, string kind, int provinceId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Sequence numbers are given inside the caller's transaction.");
        }

        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO sequence_counters ("Kind", "ProvinceId", "Year", "LastSequence") VALUES ({kind}, {provinceId}, {year}, 1)
            ON CONFLICT ("Kind", "ProvinceId", "Year") DO UPDATE SET "LastSequence" = sequence_counters."LastSequence" + 1
            RETURNING "LastSequence" AS "Value"
            """).ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
