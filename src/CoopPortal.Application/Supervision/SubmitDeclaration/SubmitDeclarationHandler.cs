using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Supervision.SubmitDeclaration;

/// <summary>Submits (or resubmits) a manager's self-declaration; when something is missing every problem comes back by field.</summary>
public sealed class SubmitDeclarationHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IOptionsMonitor<SupervisionOptions> supervision, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid declarationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var declaration = await RegistryAccess.LoadOwnDeclarationAsync(db, declarationId, user, cancellationToken);
        if (declaration is null)
        {
            return Result.NotFound();
        }

        var today = clock.Today;
        if (declaration.IsEditable && DeclarationValidator.Validate(declaration, today) is { Count: > 0 } problems)
        {
            return RegistryResults.Invalid(problems);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            declaration.Submit(user.UserId!, TrackingCode.New(), supervision.CurrentValue.ToRiskSettings(), today, clock.UtcNow);
            var cooperative = await db.Cooperatives.SingleAsync(c => c.Id == declaration.CooperativeId, cancellationToken);
            cooperative.RecordDeclaredMembers(declaration.FiscalYear, declaration.Content.MembersTotal, declaration.Content.MembersWomen, declaration.Content.MembersMen);

            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
