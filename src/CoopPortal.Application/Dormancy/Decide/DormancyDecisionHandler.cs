using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Dormancy.Common;
using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;

namespace CoopPortal.Application.Dormancy.Decide;

/// <summary>
/// The office ends a dormancy case (<see cref="DormancyCase.Workflow"/>): revive (the revival rules read the
/// declarations and assemblies from the portal's tables, never what someone typed), pursue dissolution (the head, not
/// whoever opened the case, with a legal ground; after the deadline or a refusal), or close with a reason (the head).
/// The cooperative's status moves in the same save through <see cref="CooperativeLifecycleAccess"/> and
/// <see cref="Cooperative.ChangeStatus"/>; the managers are told by the step's event. Not found for anyone who may not
/// see the case; a refusal in Persian for a step the table does not give the caller.
/// </summary>
public sealed class DormancyDecisionHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public const string GroundRequired = "مبنای قانونی پیگیری انحلال را انتخاب کنید.";

    public async Task<Result> HandleAsync(Guid caseId, DormancyDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await DormancyAccess.LoadAsync(db, caseId, user, cancellationToken, tracking: true) is not var (dormancyCase, cooperative))
        {
            return Result.NotFound();
        }

        var lifecycleStep = decision.Action switch
        {
            DormancyAction.Revive => CooperativeStatusAction.Revive,
            DormancyAction.PursueDissolution => CooperativeStatusAction.PursueDissolution,
            DormancyAction.Close => CooperativeStatusAction.CloseDormancyCase,
            _ => (CooperativeStatusAction?)null,
        };
        if (lifecycleStep is not { } step)
        {
            return Result.Conflict(DormancyAccess.StaffOnly);
        }

        if ((DormancyAccess.Refusal(dormancyCase, cooperative, decision.Action, user) ?? CooperativeLifecycleAccess.Refusal(cooperative, step, user)) is { } refusal)
        {
            return Result.Conflict(refusal);
        }

        if (decision.Action == DormancyAction.PursueDissolution && decision.Ground is null)
        {
            return Result.Conflict(GroundRequired);
        }

        var facts = decision.Action == DormancyAction.Revive ? await RevivalFactsReader.ReadAsync(db, dormancyCase, cancellationToken) : null;
        return await SaveResults.SaveAsync(async () =>
        {
            var now = clock.UtcNow;
            switch (decision.Action)
            {
                case DormancyAction.Revive:
                    dormancyCase.Revive(facts!, user.UserId!, now);
                    cooperative.ChangeStatus(step, user.UserId!, null, null, now);
                    break;
                case DormancyAction.PursueDissolution:
                    dormancyCase.PursueDissolution(decision.Ground!.Value, decision.Text ?? string.Empty, user.UserId!, clock.Today, now);
                    cooperative.ChangeStatus(step, user.UserId!, null, dormancyCase.LegalGroundLine, now);
                    break;
                default:
                    dormancyCase.Close(decision.Text ?? string.Empty, user.UserId!, now);
                    cooperative.ChangeStatus(step, user.UserId!, dormancyCase.DecisionText, null, now);
                    break;
            }

            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
