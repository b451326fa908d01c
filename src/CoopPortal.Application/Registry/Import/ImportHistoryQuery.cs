using CoopPortal.Application.Common.Auditing;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Registry.Import;

/// <summary>The recent imports of existing cooperatives, newest first, for the admins who import (admins only).</summary>
public sealed class ImportHistoryQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IStaffDirectory staff)
{
    public const int Size = 20;

    public async Task<Result<IReadOnlyList<ImportHistoryItem>>> HandleAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated || !user.IsInRole(Roles.Admin))
        {
            return Result<IReadOnlyList<ImportHistoryItem>>.FailedAs(Result.Forbidden(CooperativeImportResult.AdminsOnly));
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var entries = await AuditHistory.RecentAsync(db, AuditArea.Registry, Size, cancellationToken);
        var names = await AuditHistory.NamesAsync(staff, entries.Select(e => e.ActorUserId), cancellationToken);
        return Result<IReadOnlyList<ImportHistoryItem>>.Success(
            entries.Select(e => new ImportHistoryItem(e.AtUtc, names[e.ActorUserId], e.Description, e.NewValue)).ToList());
    }
}
