using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Supervision.DeclarationQueue;

/// <summary>The office's queue of self-declarations, sorted by risk (highest first, with the rules behind each score).</summary>
public sealed class DeclarationQueueQuery(IReadOnlyDbContextFactory reads, ICurrentUserService currentUser)
{
    /// <summary>
    /// A page of the province's sent declarations (all provinces for an admin), highest risk first, then the longest
    /// waiting; the open ones only unless decided ones are asked for; narrowed to a cooperative's name or registration
    /// number when a search is given.
    /// </summary>
    public async Task<DeclarationQueueResult> HandleAsync(DeclarationQueueFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, DeclarationQueueFilter.MaxPageSize);
        var user = await currentUser.GetAsync(cancellationToken);
        var scope = OfficeScope.FilterFor(user);
        if (!scope.AllowsAny)
        {
            return new DeclarationQueueResult([], 0, 1, pageSize);
        }

        return await reads.ReadAsync(async db =>
        {
            var query = scope.Apply(db.SelfDeclarations.AsNoTracking().Where(d => d.Status != DeclarationStatus.Draft), d => d.ProvinceId, d => d.CountyId);

            query = filter.IncludeDecided
                ? query
                : query.Where(d => d.Status == DeclarationStatus.Submitted || d.Status == DeclarationStatus.Resubmitted || d.Status == DeclarationStatus.InspectionPlanned || d.Status == DeclarationStatus.Inspected);
            if (CooperativeSearch.From(filter.Search) is { } search)
            {
                // The province's cooperatives whose name or registration number matches (index on ProvinceId, NameKey),
                // then their declarations: the declarations are never joined to every cooperative of the country.
                var nameKey = search.NameKey;
                var number = search.Number;
                var cooperatives = scope.Apply(
                    db.Cooperatives.Where(c => (nameKey != null && c.NameKey.Contains(nameKey)) || (c.RegistrationNumber != null && c.RegistrationNumber.Contains(number))),
                    c => c.ProvinceId,
                    c => c.CountyId);

                query = query.Where(d => cooperatives.Select(c => c.Id).Contains(d.CooperativeId));
            }

            var matching = await query.CountAsync(cancellationToken);
            var page = Math.Clamp(filter.Page, 1, Math.Max(1, (matching + pageSize - 1) / pageSize));
            var rows = matching == 0
                ? []
                : await query
                    .OrderByDescending(d => d.RiskTotal).ThenBy(d => d.SubmittedAtUtc).ThenBy(d => d.Id)
                    .Skip((page - 1) * pageSize).Take(pageSize)
                    .Join(db.Cooperatives, d => d.CooperativeId, c => c.Id, (d, c) => new { d, c.Name, c.RegistrationNumber })
                    .ToListAsync(cancellationToken);
            var items = rows
                .OrderByDescending(r => r.d.RiskTotal).ThenBy(r => r.d.SubmittedAtUtc).ThenBy(r => r.d.Id) // the join keeps the page, not its order
                .Select(r => new DeclarationQueueItem(
                    r.d.Id, r.d.CooperativeId, r.Name, r.RegistrationNumber, r.d.FiscalYear, r.d.Status, r.d.RiskTotal ?? 0,
                    r.d.RiskBand ?? RiskBand.Low, r.d.RiskFindings, r.d.SubmittedAtUtc, r.d.InspectionPlannedOn))
                .ToList();
            return new DeclarationQueueResult(items, matching, page, pageSize);
        }, cancellationToken);
    }
}
