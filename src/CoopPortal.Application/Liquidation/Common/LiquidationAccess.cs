using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Liquidation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Liquidation.Common;

/// <summary>
/// Who may see or act on a liquidation: its liquidators serving their term (by proven national code: the derived role
/// <c>Liquidator</c>), and the office staff of the cooperative's province or county (headquarters read). Anyone else —
/// another person, another province's staff, a liquidator whose term ended — gets null, which the use cases turn into
/// "not found". Who takes which step is the case's table (<see cref="LiquidationCase.Workflow"/>), with separation of
/// duties: a liquidator or a manager of the cooperative never decides it.
/// </summary>
public static class LiquidationAccess
{
    public const string StaffOnly = "بررسی گزارش تصفیه با کارشناسان و مدیر اداره کل تعاون است.";

    public const string HeadOnly = "تأیید گزارش نهایی تصفیه و حذف تعاونی از دفتر ثبت با مدیر اداره کل تعاون است.";

    /// <summary>True when the caller is a liquidator of this liquidation serving on <paramref name="today"/> (proven national code).</summary>
    public static bool IsLiquidator(LiquidationCase liquidation, ICurrentUser user, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(liquidation);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated && liquidation.IsLiquidator(user.NationalCode, today);
    }

    public static bool CanSee(LiquidationCase liquidation, ICurrentUser user, DateOnly today) =>
        IsLiquidator(liquidation, user, today) || (OfficeScope.IsOfficeStaff(user) || user.IsInRole(Domain.Users.Roles.Admin) || user.IsInRole(Domain.Users.Roles.Headquarters))
            && OfficeScope.CanSee(user, liquidation.ProvinceId, liquidation.CountyId);

    /// <summary>The steps the table offers the caller now, separation of duties applied (none outside the office's scope).</summary>
    public static IReadOnlySet<LiquidationAction> Actions(LiquidationCase liquidation, IEnumerable<string> managerCodes, ICurrentUser user, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(liquidation);
        var isLiquidator = IsLiquidator(liquidation, user, today);
        if (!isLiquidator && !OfficeScope.CanActIn(user, liquidation.ProvinceId, liquidation.CountyId))
        {
            return new HashSet<LiquidationAction>();
        }

        return WorkflowAuthorization.OpenActions(LiquidationCase.Workflow, liquidation.Status, user, isOwner: isLiquidator, liquidation.PartiesWith(managerCodes)).ToHashSet();
    }

    /// <summary>Why the caller may not take <paramref name="action"/> now (scope, the table's actor, separation of duties), or null.</summary>
    public static string? Refusal(LiquidationCase liquidation, IEnumerable<string> managerCodes, LiquidationAction action, ICurrentUser user, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(liquidation);
        var isLiquidator = IsLiquidator(liquidation, user, today);
        if (!isLiquidator && !OfficeScope.CanActIn(user, liquidation.ProvinceId, liquidation.CountyId))
        {
            return StaffOnly;
        }

        return WorkflowAuthorization.Refusal(
            LiquidationCase.Workflow, liquidation.Status, action, user, isOwner: isLiquidator, liquidation.PartiesWith(managerCodes),
            actor => actor == Domain.Users.Roles.HeadOfOffice ? HeadOnly : actor == Domain.Common.CaseActors.Owner ? LiquidationCase.NotALiquidator : StaffOnly);
    }

    /// <summary>A liquidation the caller may see, with its cooperative's managers' national codes; null otherwise.</summary>
    public static async Task<(LiquidationCase Liquidation, IReadOnlyList<string> ManagerCodes)?> LoadAsync(
        IAppDbContext db, Guid id, ICurrentUser user, DateOnly today, CancellationToken cancellationToken, bool tracking = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return null;
        }

        IQueryable<LiquidationCase> query = db.Liquidations.Include(l => l.Events);
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        var liquidation = await query.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (liquidation is null || !CanSee(liquidation, user, today))
        {
            return null;
        }

        var managers = await ManagerCodesAsync(db, liquidation.CooperativeId, cancellationToken);
        return (liquidation, managers);
    }

    /// <summary>A liquidation, tracked for change, the caller serves as liquidator today; null otherwise (not found).</summary>
    public static async Task<LiquidationCase?> LoadOwnAsync(IAppDbContext db, Guid id, ICurrentUser user, DateOnly today, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(db, id, user, today, cancellationToken, tracking: true);
        return loaded is var (liquidation, _) && IsLiquidator(liquidation, user, today) ? liquidation : null;
    }

    public static async Task<IReadOnlyList<string>> ManagerCodesAsync(IAppDbContext db, Guid cooperativeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Cooperatives.AsNoTracking().Where(c => c.Id == cooperativeId)
            .SelectMany(c => c.Managers.Select(m => m.NationalCode)).ToListAsync(cancellationToken);
    }

    /// <summary>The cooperative, tracked with its managers and status history, for a step that moves its status.</summary>
    public static Task<Cooperative?> FindCooperativeAsync(IAppDbContext db, Guid cooperativeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Cooperatives.Include(c => c.Managers).Include(c => c.StatusEvents).SingleOrDefaultAsync(c => c.Id == cooperativeId, cancellationToken);
    }
}
