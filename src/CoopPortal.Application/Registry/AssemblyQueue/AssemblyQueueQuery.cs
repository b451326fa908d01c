using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Registry.AssemblyQueue;

/// <summary>The office's queue of founding assemblies.</summary>
public sealed class AssemblyQueueQuery(IReadOnlyDbContextFactory reads, ICurrentUserService currentUser)
{
    /// <summary>Assemblies of the caller's province waiting for the office, oldest first; empty for anyone else.</summary>
    public async Task<IReadOnlyList<AssemblyQueueItem>> HandleAsync(bool includeDecided, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var filter = OfficeScope.FilterFor(user);
        if (!filter.AllowsAny)
        {
            return [];
        }

        return await reads.ReadAsync(async db =>
        {
            var query = filter.Apply(db.FoundingAssemblies.AsNoTracking().Where(a => a.Status != AssemblyStatus.Draft), a => a.ProvinceId, a => a.CountyId);

            if (!includeDecided)
            {
                query = query.Where(a => a.Status == AssemblyStatus.Submitted);
            }

            var rows = await query
                .OrderBy(a => a.Status == AssemblyStatus.Submitted ? 0 : 1).ThenBy(a => a.SubmittedAtUtc)
                .Take(500)
                .Select(a => new
                {
                    a.Id,
                    a.Status,
                    a.SubmittedAtUtc,
                    Application = db.FormationApplications.Where(f => f.Id == a.ApplicationId)
                        .Select(f => new { f.TrackingCode, f.Details.CountyId, Name = f.ProposedNames.OrderBy(n => n.Rank).Select(n => n.Name).FirstOrDefault() })
                        .Single(),
                })
                .ToListAsync(cancellationToken);
            var countyIds = rows.Select(r => r.Application.CountyId).OfType<int>().Distinct().ToList();
            var counties = await db.Counties.AsNoTracking().Where(c => countyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
            return rows.Select(r => new AssemblyQueueItem(
                r.Id, r.Application.Name ?? string.Empty, r.Application.TrackingCode,
                r.Application.CountyId is { } county && counties.TryGetValue(county, out var name) ? name : string.Empty,
                r.Status, r.SubmittedAtUtc)).ToList();
        }, cancellationToken);
    }
}
