using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Administration;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Common.Auditing;

/// <summary>The recent audit lines of one administration area, the names of the people who appear in them, and the length an audit text may have.</summary>
internal static class AuditHistory
{
    public const string DeletedUser = "کاربر حذف‌شده";

    /// <summary>The longest description, old or new value an audit line holds (the columns' length).</summary>
    public const int MaxText = 1000;

    /// <summary>The text cut to <paramref name="max"/> characters, the last one an ellipsis when it was longer.</summary>
    public static string Truncate(string value, int max = MaxText) => value.Length <= max ? value : value[..(max - 1)] + "…";

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
