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
        if (!user.IsAuthenticated || !user.IsInRole(Roles.Applicant) || user.NationalCode is null)
        {
            return Result<Guid>.NotFound();
        }

        var application = FormationApplication.Start(user.UserId!, user.NationalCode, context.UtcNow);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.FormationApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(application.Id);
    }
}
