using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Dormancy.Common;
using CoopPortal.Domain.Dormancy;

namespace CoopPortal.Application.Dormancy.Answer;

/// <summary>
/// A manager of the cooperative answers the notice (we are reviving / we refuse) with a text. The cooperative's managers
/// only: not found for anyone else, office staff included (they see the case but it is not theirs to answer).
/// </summary>
public sealed class AnswerDormancyCaseHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid caseId, DormancyAnswerKind answer, string? text, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await DormancyAccess.LoadAsync(db, caseId, user, cancellationToken, tracking: true) is not var (dormancyCase, cooperative)
            || !DormancyAccess.IsOwner(cooperative, user))
        {
            return Result.NotFound();
        }

        if (DormancyAccess.Refusal(dormancyCase, cooperative, DormancyAction.Answer, user) is { } refusal)
        {
            return Result.Conflict(refusal);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            dormancyCase.AnswerNotice(answer, text ?? string.Empty, null, user.UserId!, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
