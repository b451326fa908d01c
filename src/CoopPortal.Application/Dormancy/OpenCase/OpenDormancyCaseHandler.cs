using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Dormancy.Common;
using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Dormancy.OpenCase;

/// <summary>
/// A reviewer or head opens a dormancy case from the compliance list: only for an active cooperative of their province
/// or county that the compliance list marks possibly dormant (the same reader, <see cref="ComplianceQuery"/>), one open
/// case per cooperative. In one transaction: the case with its deadline (<see cref="DormancyOptions.AnswerDays"/>), the
/// cooperative's status (<see cref="CooperativeStatusAction.OpenDormancyCase"/>, through
/// <see cref="CooperativeLifecycleAccess"/>), and, by the step's event, the notice with its number
/// (<see cref="Notice.IssueNoticeOnDormancyOpen"/>) and the managers' notification. The notice is printed once committed. Answers with the new case's id.
/// </summary>
public sealed class OpenDormancyCaseHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, ComplianceQuery compliance,
    IOptionsMonitor<DormancyOptions> options, PortalClock clock)
{
    public const string NotPossiblyDormant = "این تعاونی در فهرست پایش «احتمالاً راکد» نیست؛ پرونده رکود فقط برای چنین تعاونی‌ای گشوده می‌شود.";

    public const string AlreadyOpen = "برای این تعاونی پرونده رکود باز است.";

    public async Task<Result<Guid>> HandleAsync(Guid cooperativeId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperative = await db.Cooperatives.Include(c => c.Managers).Include(c => c.StatusEvents)
            .SingleOrDefaultAsync(c => c.Id == cooperativeId, cancellationToken);
        if (cooperative is null || !OfficeScope.CanSee(user, cooperative.ProvinceId, cooperative.CountyId))
        {
            return Result<Guid>.NotFound();
        }

        if ((DormancyAccess.OpenRefusal(cooperative, user) ?? CooperativeLifecycleAccess.Refusal(cooperative, CooperativeStatusAction.OpenDormancyCase, user)) is { } refusal)
        {
            return Result<Guid>.Conflict(refusal);
        }

        if (await db.DormancyCases.AnyAsync(c => c.CooperativeId == cooperativeId && (c.Status == DormancyStatus.AwaitingAnswer || c.Status == DormancyStatus.Answered), cancellationToken))
        {
            return Result<Guid>.Conflict(AlreadyOpen);
        }

        var report = await compliance.HandleAsync(
            new ComplianceFilter(cooperative.ProvinceId, DormantOnly: true, Search: cooperative.RegistrationNumber ?? cooperative.Name), cancellationToken);
        var row = report.Items.FirstOrDefault(i => i.CooperativeId == cooperativeId);
        if (row is null || !row.MayOpenDormancyCase || cooperative.Status != CooperativeStatus.Active)
        {
            return Result<Guid>.Conflict(NotPossiblyDormant);
        }

        var answerDays = Math.Max(1, options.CurrentValue.AnswerDays);
        DormancyCase? opened = null;
        var result = await SaveResults.SaveAsync(async () =>
        {
            // One save (its own transaction) for the case, the cooperative's status, and through the step's event the
            // notice with its number and the managers' notification.
            var now = clock.UtcNow;
            var dormancyCase = DormancyCase.Open(cooperative, row.MissingYears, answerDays, user.UserId!, clock.Today, now);
            db.DormancyCases.Add(dormancyCase);
            cooperative.ChangeStatus(CooperativeStatusAction.OpenDormancyCase, user.UserId!, null, null, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
            {
                // Another reviewer opened a case for it a moment earlier (one open case per cooperative).
                throw new Domain.Common.DomainException(AlreadyOpen);
            }

            opened = dormancyCase;
        });
        return result.Succeeded ? Result<Guid>.Success(opened!.Id) : Result<Guid>.FailedAs(result);
    }
}
