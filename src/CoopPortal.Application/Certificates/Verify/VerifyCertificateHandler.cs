using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Certificates;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Certificates.Verify;

/// <summary>
/// The public check of a certificate by the code in its QR link, with no login. It says only the cooperative's name,
/// the number, the issue date and whether the certificate is valid or revoked (and since when). Every check is kept.
/// A code of the wrong shape still goes through the same query and the same log write, so a miss and a hit take the
/// same path and the same time.
/// </summary>
public sealed class VerifyCertificateHandler(IAppDbContextFactory dbFactory, TimeProvider clock)
{
    public async Task<VerificationResult?> HandleAsync(string? code, string? clientAddress, string? userAgent, CancellationToken cancellationToken)
    {
        var asked = (code ?? string.Empty).Trim().ToLowerInvariant();
        var lookup = VerificationCode.IsWellFormed(asked) ? asked : string.Empty;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var found = await db.FormationCertificates.AsNoTracking()
            .Where(c => c.VerificationCode == lookup)
            .Select(c => new { c.Id, c.Number, c.IssuedAtUtc, c.Content, c.RevokedAtUtc })
            .SingleOrDefaultAsync(cancellationToken);
        db.VerificationChecks.Add(new VerificationCheck(clock.GetUtcNow().UtcDateTime, code ?? string.Empty, found?.Id, clientAddress, userAgent));
        await db.SaveChangesAsync(cancellationToken);
        return found is null
            ? null
            : new VerificationResult(found.Content.CooperativeName, found.Number, found.IssuedAtUtc, found.RevokedAtUtc, found.Content.IssuingOffice);
    }
}
