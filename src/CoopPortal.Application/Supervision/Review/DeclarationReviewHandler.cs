using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Supervision.Review;

/// <summary>
/// The office's work on self-declarations: the province's queue sorted by risk (highest first, with the rules behind
/// each score), and the decisions: accept, send back with a comment, or plan an inspection visit (بازدید نظارتی). Each
/// decision, its history line and the managers' notifications are saved together; two people deciding at once give
/// one transition (optimistic concurrency).
/// </summary>
public sealed class DeclarationReviewHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public const string StaffOnly = "بررسی خوداظهاری ویژه کارشناسان و مدیر اداره کل استان است.";
    public const string InvalidVisitDate = "تاریخ بازدید را به شکل ۱۴۰۵/۰۹/۱۵ وارد کنید.";

    /// <summary>
    /// A page of the province's sent declarations (all provinces for an admin), highest risk first, then the longest
    /// waiting; the open ones only unless decided ones are asked for; narrowed to a cooperative's name or registration
    /// number when a search is given.
    /// </summary>
    public async Task<DeclarationQueueResult> QueueAsync(DeclarationQueueFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, DeclarationQueueFilter.MaxPageSize);
        var user = await currentUser.GetAsync(cancellationToken);
        var scope = ProvinceScope.FilterFor(user);
        if (!scope.AllowsAny)
        {
            return new DeclarationQueueResult([], 0, 1, pageSize);
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var query = db.SelfDeclarations.AsNoTracking().Where(d => d.Status != DeclarationStatus.Draft);
        if (!scope.AllowsAll)
        {
            query = query.Where(d => d.ProvinceId == scope.ProvinceId);
        }

        query = filter.IncludeDecided
            ? query
            : query.Where(d => d.Status == DeclarationStatus.Submitted || d.Status == DeclarationStatus.Resubmitted || d.Status == DeclarationStatus.InspectionPlanned || d.Status == DeclarationStatus.Inspected);
        if (CooperativeSearch.From(filter.Search) is { } search)
        {
            // The province's cooperatives whose name or registration number matches (index on ProvinceId, NameKey),
            // then their declarations: the declarations are never joined to every cooperative of the country.
            var nameKey = search.NameKey;
            var number = search.Number;
            var cooperatives = db.Cooperatives.Where(c => (nameKey != null && c.NameKey.Contains(nameKey)) || (c.RegistrationNumber != null && c.RegistrationNumber.Contains(number)));
            if (!scope.AllowsAll)
            {
                cooperatives = cooperatives.Where(c => c.ProvinceId == scope.ProvinceId);
            }

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
    }

    public Task<Result> AcceptAsync(Guid declarationId, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(declarationId, DeclarationAction.Accept, (d, reviewer) => d.Accept(reviewer, comment, clock.UtcNow), cancellationToken);

    public Task<Result> SendBackAsync(Guid declarationId, string comment, CancellationToken cancellationToken) =>
        DecideAsync(declarationId, DeclarationAction.SendBack, (d, reviewer) => d.SendBack(reviewer, comment, clock.UtcNow), cancellationToken);

    /// <summary>Plans an inspection visit on a Jalali date (today or later).</summary>
    public Task<Result> PlanInspectionAsync(Guid declarationId, string? plannedOn, string? comment, CancellationToken cancellationToken)
    {
        var date = JalaliDate.Parse(plannedOn);
        if (date is not { } visit)
        {
            return Task.FromResult(Result.Invalid(new Dictionary<string, string[]> { ["PlannedOn"] = [InvalidVisitDate] }));
        }

        return DecideAsync(declarationId, DeclarationAction.PlanInspection, (d, reviewer) => d.PlanInspection(reviewer, visit, comment, clock.Today, clock.UtcNow), cancellationToken);
    }

    /// <summary>Records the planned visit as done: the Jalali day it took place and what the inspector found.</summary>
    public Task<Result> RecordInspectionAsync(Guid declarationId, string? visitedOn, string? findings, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var date = JalaliDate.Parse(visitedOn);
        if (date is null)
        {
            errors["VisitedOn"] = [InvalidVisitDate];
        }
        else if (date > clock.Today)
        {
            errors["VisitedOn"] = [FutureVisit];
        }

        if (PersianText.Normalize(findings ?? string.Empty).Trim().Length < SelfDeclaration.MinimumFindingsLength)
        {
            errors["Findings"] = [FindingsRequired];
        }

        if (errors.Count > 0)
        {
            return Task.FromResult(Result.Invalid(errors));
        }

        var visit = date!.Value;
        return DecideAsync(declarationId, DeclarationAction.RecordInspection, (d, reviewer) => d.RecordInspection(reviewer, visit, findings!, clock.Today, clock.UtcNow), cancellationToken);
    }

    public const string FutureVisit = "تاریخ انجام بازدید نمی‌تواند در آینده باشد.";

    public static readonly string FindingsRequired = $"یافته‌های بازدید را دست‌کم در {PersianFormat.Number(SelfDeclaration.MinimumFindingsLength)} نویسه بنویسید.";

    private async Task<Result> DecideAsync(Guid declarationId, DeclarationAction action, Action<SelfDeclaration, string> decide, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var loaded = await RegistryAccess.LoadDeclarationAsync(db, declarationId, user, cancellationToken, tracking: true);
        if (loaded is not var (declaration, cooperative) || RegistryAccess.IsManager(cooperative, user) || !RegistryAccess.IsOfficeStaff(user))
        {
            return Result.NotFound();
        }

        // The table says the office decides; separation of duties refuses whoever sent it or manages the cooperative.
        var parties = declaration.PartiesWith(cooperative.Managers.Select(m => m.NationalCode));
        if (WorkflowAuthorization.Refusal(SelfDeclaration.Workflow, declaration.Status, action, user, isOwner: false, parties, _ => StaffOnly) is { } refusal)
        {
            return Result.Forbidden(refusal);
        }

        // The managers are told by the step's domain event (NotifyOnDeclarationStep), in the same save.
        return await SaveResults.SaveAsync(async () =>
        {
            decide(declaration, user.UserId!);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
