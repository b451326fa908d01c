using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Certificates.Revoke;

/// <summary>
/// The head of office of the application's province revokes its formation approval certificate with a reason. The
/// certificate, the application's status and its history change together; the applicant is notified. Anyone outside the
/// province gets "not found"; a reviewer gets a Persian refusal.
/// </summary>
public sealed class RevokeCertificateHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock context)
{
    public const string HeadOnly = "ابطال موافقت‌نامه ویژه مدیر امور تعاونی استان است.";

    public async Task<Result> HandleAsync(Guid applicationId, string? reason, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var result = await AttemptAsync(user, applicationId, reason, cancellationToken);

        // The background printer writes the same certificate row (its PDF) just after approval; a revocation that
        // races that save is tried once more on fresh data, where the domain checks again that it may still happen.
        return result.Kind == ErrorKind.Conflict && result.Message == SaveResults.ChangedElsewhere
            ? await AttemptAsync(user, applicationId, reason, cancellationToken)
            : result;
    }

    private async Task<Result> AttemptAsync(ICurrentUser user, Guid applicationId, string? reason, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var isStaff = user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice);
        var application = isStaff
            ? await db.FormationApplications.Include(a => a.Events).SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            : null;
        // A certificate is the province's act: a county office does not revoke it (null county: the province's own).
        if (application?.ProvinceId is not { } province || !OfficeScope.CanActIn(user, province, null))
        {
            return Result.NotFound();
        }

        var certificate = await db.FormationCertificates.SingleOrDefaultAsync(c => c.ApplicationId == applicationId, cancellationToken);
        if (certificate is null)
        {
            return Result.NotFound();
        }

        if (!user.IsInRole(Roles.HeadOfOffice))
        {
            return Result.Forbidden(HeadOnly);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            var now = context.UtcNow;
            certificate.Revoke(user.UserId!, reason ?? string.Empty, now);
            application.RevokeApproval(user.UserId!, certificate.RevocationReason!, now);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
