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

namespace CoopPortal.Application.Supervision.ReviewDeclaration;

/// <summary>
/// The office's decisions on a self-declaration: accept, send back with a comment, plan an inspection visit (بازدید
/// نظارتی) or record it (the queue is <see cref="DeclarationQueue.DeclarationQueueQuery"/>). Each
/// decision, its history line and the managers' notifications are saved together; two people deciding at once give
/// one transition (optimistic concurrency).
/// </summary>
public sealed class DeclarationReviewHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public const string StaffOnly = "بررسی خوداظهاری ویژه کارشناسان و مدیر اداره کل استان است.";
    public const string InvalidVisitDate = "تاریخ بازدید را به شکل ۱۴۰۵/۰۹/۱۵ وارد کنید.";

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
