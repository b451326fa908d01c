using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Inspection;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Inspection.Common;

/// <summary>
/// Who may see or act on an inspector's report. The inspector: the cooperatives whose inspector they are today (by
/// proven national code, the term covering today), and the reports they wrote; they change a report only while it is a
/// draft and they are still an inspector of the cooperative. Once sent, a report is also read by the cooperative's
/// managers and the office staff of its province. Anyone else (another cooperative's inspector or managers, staff of
/// another province) gets null, which the use cases turn into "not found".
/// </summary>
public static class InspectionAccess
{
    /// <summary>True when the caller's proven national code is an inspector of the cooperative with a term covering <paramref name="today"/>.</summary>
    public static bool IsInspector(Cooperative cooperative, ICurrentUser user, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated && user.NationalCode is { Length: > 0 } code
            && cooperative.Officers.Any(o => o.Role == OfficerRole.Inspector && o.NationalCode == code && Covers(o, today));
    }

    /// <summary>The officer's term covers the day: started (or no start recorded) and ending on or after it.</summary>
    public static bool Covers(CooperativeOfficer officer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return (officer.TermStartsOn is null || officer.TermStartsOn <= today) && officer.TermEndsOn is { } end && end >= today;
    }

    /// <summary>True when the caller wrote the report.</summary>
    public static bool IsAuthor(InspectorReport report, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated && user.UserId == report.InspectorUserId;
    }

    /// <summary>The report's author always; once sent, the cooperative's managers and the office of its province.</summary>
    public static bool CanSee(InspectorReport report, Cooperative cooperative, ICurrentUser user) =>
        IsAuthor(report, user)
        || (report.Status == InspectorReportStatus.Submitted
            && (RegistryAccess.IsManager(cooperative, user) || (RegistryAccess.IsOfficeStaff(user) && OfficeScope.CanActIn(user, report.ProvinceId, cooperative.CountyId))));

    /// <summary>True when the caller may change the report now: its author, still an inspector of the cooperative, while a draft.</summary>
    public static bool CanEdit(InspectorReport report, Cooperative cooperative, ICurrentUser user, DateOnly today) =>
        report.IsEditable && IsAuthor(report, user) && IsInspector(cooperative, user, today);

    /// <summary>The steps the report's workflow table offers the caller now (the author's signing, while they may edit it).</summary>
    public static IReadOnlySet<InspectorReportAction> Actions(InspectorReport report, Cooperative cooperative, ICurrentUser user, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(report);
        return CanSee(report, cooperative, user)
            ? WorkflowAuthorization.OpenActions(InspectorReport.Workflow, report.Status, user, isOwner: CanEdit(report, cooperative, user, today), report.Parties).ToHashSet()
            : new HashSet<InspectorReportAction>();
    }

    /// <summary>A cooperative with its officers and managers that the caller inspects today; null otherwise.</summary>
    public static async Task<Cooperative?> LoadInspectedAsync(IAppDbContext db, Guid cooperativeId, ICurrentUser user, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.NationalCode is null)
        {
            return null;
        }

        var cooperative = await db.Cooperatives.AsNoTracking().Include(c => c.Officers).Include(c => c.Managers)
            .SingleOrDefaultAsync(c => c.Id == cooperativeId, cancellationToken);
        return cooperative is not null && IsInspector(cooperative, user, today) ? cooperative : null;
    }

    /// <summary>A report the caller may see, with its cooperative (officers and managers); null otherwise.</summary>
    public static async Task<(InspectorReport Report, Cooperative Cooperative)?> LoadAsync(
        IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken, bool tracking = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return null;
        }

        IQueryable<InspectorReport> query = db.InspectorReports.Include(r => r.Events);
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        var report = await query.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var cooperative = await db.Cooperatives.AsNoTracking().Include(c => c.Managers).Include(c => c.Officers)
            .SingleAsync(c => c.Id == report.CooperativeId, cancellationToken);
        return CanSee(report, cooperative, user) ? (report, cooperative) : null;
    }

    /// <summary>A report, tracked for change, that the caller wrote and may still change; null for anyone else.</summary>
    public static async Task<(InspectorReport Report, Cooperative Cooperative)?> LoadOwnAsync(
        IAppDbContext db, Guid id, ICurrentUser user, DateOnly today, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(db, id, user, cancellationToken, tracking: true);
        return loaded is var (report, cooperative) && IsAuthor(report, user) && IsInspector(cooperative, user, today) ? loaded : null;
    }
}
