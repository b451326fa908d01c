using CoopPortal.Application.Common.Auditing;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Administration.ReferenceData;

/// <summary>Adds one reference-data audit entry per field whose value changed, with the old and new value.</summary>
internal sealed class ReferenceAuditWriter(IAppDbContext db, string actorId, DateTime now, string subject, string item)
{
    public int Count { get; private set; }

    /// <summary>The admin's user id, or null for anyone else (reference data is an admin's alone).</summary>
    public static async Task<string?> AdminIdAsync(ICurrentUserService currentUser, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        return user.IsAuthenticated && user.IsInRole(Roles.Admin) ? user.UserId : null;
    }

    public void Field(string label, string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        var description = $"{label} {item} از «{Shown(before)}» به «{Shown(after)}» تغییر کرد.";
        db.AuditEntries.Add(new AuditEntry(now, actorId, AuditArea.ReferenceData, subject, AuditHistory.Truncate(description), AuditHistory.Truncate(before), AuditHistory.Truncate(after)));
        Count++;
    }

    private static string Shown(string value) => value.Length == 0 ? "خالی" : PersianDigits.ToPersian(AuditHistory.Truncate(value, 120));
}
