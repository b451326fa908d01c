using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Certificates;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Certificates.Verify;

/// <summary>
/// The public check of a certificate by the code in its QR link, with no login. It says only the cooperative's name,
/// the number, the issue date and whether the certificate is valid or revoked (and since when). Every check is kept.
/// A code of the wrong shape still goes through the same query and the same log write, so a miss and a hit take the
/// same path and the same time. The check is handed to <see cref="IVerificationLog"/>, which stores it in a batch after the answer.
/// </summary>
public sealed class VerifyCertificateHandler(IAppDbContextFactory dbFactory, IVerificationLog log, TimeProvider clock)
{
    public async Task<VerificationResult?> HandleAsync(string? code, string? clientAddress, string? userAgent, CancellationToken cancellationToken)
    {
        var asked = (code ?? string.Empty).Trim().ToLowerInvariant();
        var lookup = VerificationCode.IsWellFormed(asked) ? asked : string.Empty;
        var at = clock.GetUtcNow().UtcDateTime;
        var found = await FindAsync(lookup, cancellationToken);
        await log.RecordAsync(new VerificationCheck(at, code ?? string.Empty, found?.Id, clientAddress, userAgent), cancellationToken);
        return found is null
            ? null
            : new VerificationResult(found.Content.CooperativeName, found.Number, found.IssuedAtUtc, found.RevokedAtUtc, found.Content.IssuingOffice);
    }

    private async Task<Found?> FindAsync(string lookup, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.FormationCertificates.AsNoTracking()
            .Where(c => c.VerificationCode == lookup)
            .Select(c => new Found(c.Id, c.Number, c.IssuedAtUtc, c.Content, c.RevokedAtUtc))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private sealed record Found(Guid Id, string Number, DateTime IssuedAtUtc, CertificateContent Content, DateTime? RevokedAtUtc);
}
