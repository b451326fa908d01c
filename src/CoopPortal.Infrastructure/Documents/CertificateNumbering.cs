using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Documents;

/// <summary>
/// Certificate numbers per province and year, without gaps: an upsert on the counter row inside the approval's own
/// transaction. The row stays locked until that transaction ends, so two approvals in one province take turns, and a
/// rolled-back approval gives its number back.
/// </summary>
internal sealed class CertificateNumbering : ICertificateNumbering
{
    public async Task<int> NextAsync(IAppDbContext db, int provinceId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Certificate numbers are given inside the approval's transaction.");
        }

        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO certificate_counters ("ProvinceId", "Year", "LastSequence") VALUES ({provinceId}, {year}, 1)
            ON CONFLICT ("ProvinceId", "Year") DO UPDATE SET "LastSequence" = certificate_counters."LastSequence" + 1
            RETURNING "LastSequence" AS "Value"
            """).ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
