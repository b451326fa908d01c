using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;

namespace CoopPortal.Application.Formation.Withdraw;

/// <summary>The applicant withdraws their application before a decision, optionally saying why.</summary>
public sealed class WithdrawApplicationHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, FormationContext context)
{
    public async Task<Result> HandleAsync(Guid applicationId, string? reason, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadOwnAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result.NotFound();
        }

        return await SaveResults.SaveAsync(async () =>
        {
            application.Withdraw(reason ?? string.Empty, context.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
