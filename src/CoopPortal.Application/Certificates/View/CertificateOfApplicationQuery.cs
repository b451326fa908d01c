using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Certificates.View;

/// <summary>The certificate of an application, for its page: to those who may see the application, else null.</summary>
public sealed class CertificateOfApplicationQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IOptions<PortalOptions> portal)
{
    public async Task<CertificateSummary?> HandleAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (!await ApplicationAccess.IsVisibleAsync(db, applicationId, user, cancellationToken))
        {
            return null;
        }

        var certificate = await db.FormationCertificates.AsNoTracking()
            .Where(c => c.ApplicationId == applicationId)
            .Select(c => new { c.Number, c.IssuedAtUtc, c.RevokedAtUtc, c.RevocationReason, c.VerificationCode, c.PdfSha256, c.ProvinceId })
            .SingleOrDefaultAsync(cancellationToken);
        return certificate is null
            ? null
            : new CertificateSummary(
                certificate.Number,
                certificate.IssuedAtUtc,
                certificate.RevokedAtUtc,
                certificate.RevocationReason,
                portal.Value.VerificationUrl(certificate.VerificationCode),
                certificate.PdfSha256,
                CanRevoke: certificate.RevokedAtUtc is null && user.IsInRole(Roles.HeadOfOffice) && OfficeScope.CanActIn(user, certificate.ProvinceId, null));
    }
}
