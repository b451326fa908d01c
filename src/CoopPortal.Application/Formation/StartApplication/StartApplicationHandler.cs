using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Formation.StartApplication;

/// <summary>Starts a draft formation application for the signed-in applicant.</summary>
public sealed class StartApplicationHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, FormationContext context)
{
    public async Task<Result<Guid>> HandleAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        // The claimed national code: an application is the account's own (by user id) and grants nothing through the
        // code; the office checks the founders. So an account may apply before its identity is proven.
        if (!user.IsAuthenticated || !user.IsInRole(Roles.Applicant) || user.ClaimedNationalCode is not { } nationalCode)
        {
            return Result<Guid>.NotFound();
        }

        var application = FormationApplication.Start(user.UserId!, nationalCode, context.UtcNow);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.FormationApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(application.Id);
    }
}
