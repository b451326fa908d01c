using CoopPortal.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Registry.Lifecycle;

/// <summary>Reads a cooperative's status history, newest first (the caller has checked the cooperative is theirs to see).</summary>
public static class CooperativeStatusHistory
{
    public static Task<List<CooperativeStatusLine>> ReadAsync(IAppDbContext db, Guid cooperativeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Cooperatives.AsNoTracking().Where(c => c.Id == cooperativeId).SelectMany(c => c.StatusEvents)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new CooperativeStatusLine(e.AtUtc, e.Action, e.FromStatus, e.ToStatus, e.Comment, e.LegalGround))
            .ToListAsync(cancellationToken);
    }
}
