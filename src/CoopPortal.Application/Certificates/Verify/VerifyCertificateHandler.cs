using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Certificates.Verify;

/// <summary>
/// The public check of a verifiable document (a formation certificate, a registry-change notice, a membership certificate, a dormancy notice or a certificate of appreciation) by the code in its
/// QR link, with no login. It says only the cooperative's name, the number, the issue date and whether the document is
/// valid or revoked (and since when), and the cooperative's status when it is no longer active; for a notice also the assembly and its changes in short; for a membership certificate the masked national code, the shares and the day of joining. Every check is kept.
/// Every code goes through the same look-ups (every kind) and the same log write, and a code of the wrong shape too, so a
/// miss and a hit take the same path and the same time. The check is handed to <see cref="IVerificationLog"/>, which
/// stores it in a batch after the answer.
/// </summary>
public sealed class VerifyCertificateHandler(IAppDbContextFactory dbFactory, IVerificationLog log, TimeProvider clock)
{
    public async Task<VerificationResult?> HandleAsync(string? code, string? clientAddress, string? userAgent, CancellationToken cancellationToken)
    {
        var asked = (code ?? string.Empty).Trim().ToLowerInvariant();
        var lookup = VerificationCode.IsWellFormed(asked) ? asked : string.Empty;
        var at = clock.GetUtcNow().UtcDateTime;
        var (id, result) = await FindAsync(lookup, cancellationToken);
        await log.RecordAsync(new VerificationCheck(at, code ?? string.Empty, id, clientAddress, userAgent, result?.Kind), cancellationToken);
        return result;
    }

    private static async Task<(Guid? Id, VerificationResult? Result)> FindAsync(IAppDbContext db, string lookup, CancellationToken cancellationToken)
    {
        var certificate = await db.FormationCertificates.AsNoTracking()
            .Where(c => c.VerificationCode == lookup)
            .Select(c => new { c.Id, c.Number, c.IssuedAtUtc, c.Content, c.RevokedAtUtc, Status = db.Cooperatives.Where(x => x.FormationApplicationId == c.ApplicationId).Select(x => (CooperativeStatus?)x.Status).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        var notice = await db.RegistryChangeNotices.AsNoTracking()
            .Where(n => n.VerificationCode == lookup)
            .Select(n => new { n.Id, n.Number, n.IssuedAtUtc, n.Content, n.RevokedAtUtc, Status = db.Cooperatives.Where(x => x.Id == n.CooperativeId).Select(x => (CooperativeStatus?)x.Status).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        var membership = await db.MembershipCertificates.AsNoTracking()
            .Where(m => m.VerificationCode == lookup)
            .Select(m => new { m.Id, m.Number, m.IssuedAtUtc, m.Content, m.RevokedAtUtc, Status = db.Cooperatives.Where(x => x.Id == m.CooperativeId).Select(x => (CooperativeStatus?)x.Status).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        var dormancy = await db.DormancyNotices.AsNoTracking()
            .Where(n => n.VerificationCode == lookup)
            .Select(n => new { n.Id, n.Number, n.IssuedAtUtc, n.Content, n.RevokedAtUtc, Status = db.Cooperatives.Where(x => x.Id == n.CooperativeId).Select(x => (CooperativeStatus?)x.Status).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (dormancy is not null)
        {
            return (dormancy.Id, new VerificationResult(
                dormancy.Content.CooperativeName, dormancy.Number, dormancy.IssuedAtUtc, dormancy.RevokedAtUtc, dormancy.Content.IssuingOffice,
                VerifiableDocumentKind.DormancyNotice,
                Dormancy: new DormancyNoticeVerification(dormancy.Content.RegistrationNumber, dormancy.Content.DeadlineOn),
                CooperativeStatus: dormancy.Status));
        }

        var appreciation = await db.AppreciationCertificates.AsNoTracking()
            .Where(a => a.VerificationCode == lookup)
            .Select(a => new { a.Id, a.Number, a.IssuedAtUtc, a.Content, a.RevokedAtUtc, Status = db.Cooperatives.Where(x => x.Id == a.CooperativeId).Select(x => (CooperativeStatus?)x.Status).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (appreciation is not null)
        {
            var content = appreciation.Content;
            return (appreciation.Id, new VerificationResult(
                content.CooperativeName, appreciation.Number, appreciation.IssuedAtUtc, appreciation.RevokedAtUtc, content.IssuingOffice,
                VerifiableDocumentKind.AppreciationCertificate,
                CooperativeStatus: appreciation.Status,
                Appreciation: new AppreciationVerification(content.FiscalYear, content.Province, content.Orientation, content.County)));
        }

        if (membership is not null)
        {
            var content = membership.Content;
            return (membership.Id, new VerificationResult(
                content.CooperativeName, membership.Number, membership.IssuedAtUtc, membership.RevokedAtUtc, content.IssuingOffice,
                VerifiableDocumentKind.MembershipCertificate,
                Membership: new MembershipVerification(content.MaskedNationalCode(), content.RegistrationNumber, content.Shares, content.JoinedOn),
                CooperativeStatus: membership.Status));
        }

        if (certificate is not null)
        {
            return (certificate.Id, new VerificationResult(
                certificate.Content.CooperativeName, certificate.Number, certificate.IssuedAtUtc, certificate.RevokedAtUtc, certificate.Content.IssuingOffice,
                CooperativeStatus: certificate.Status));
        }

        return notice is null
            ? (null, null)
            : (notice.Id, new VerificationResult(
                notice.Content.CooperativeName, notice.Number, notice.IssuedAtUtc, notice.RevokedAtUtc, notice.Content.ConfirmingOffice,
                VerifiableDocumentKind.RegistryChangeNotice,
                new NoticeVerification(notice.Content.AssemblyKind, notice.Content.MeetingOn, NoticeChangesInShort.Of(notice.Content)),
                CooperativeStatus: notice.Status));
    }

    private async Task<(Guid? Id, VerificationResult? Result)> FindAsync(string lookup, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await FindAsync(db, lookup, cancellationToken);
    }
}
