using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Domain.Administration;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Administration.Common;

/// <summary>The recent audit lines of one administration area, and the names of the people who appear in them.</summary>
internal static class AuditHistory
{
    public const string DeletedUser = "کاربر حذف‌شده";

    public static Task<List<AuditEntry>> RecentAsync(IAppDbContext db, AuditArea area, int size, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.Area == area)
            .OrderByDescending(a => a.AtUtc)
            .Take(size)
            .ToListAsync(cancellationToken);

    /// <summary>Each user id's full name («کاربر حذف‌شده» when the account is gone).</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(IStaffDirectory staff, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in userIds.Distinct(StringComparer.Ordinal))
        {
            names[id] = await staff.FullNameAsync(id, cancellationToken) ?? DeletedUser;
        }

        return names;
    }
}
