using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Certificates.Issue;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Memberships.Common;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Memberships.Certificate;

/// <summary>
/// A member asks for the certificate of one of their memberships (ADR 0025). The snapshot is taken now (member, national
/// code, cooperative, registration number, shares, joined on); when a certificate of this membership already says
/// exactly that, it is the answer, otherwise a new one is numbered (per province and year), stored and handed to the
/// background printer. Two requests at once give one certificate (unique membership + content). Not found for anyone
/// but the member (by proven national code); a membership that has ended gets no certificate.
/// </summary>
public sealed class RequestMembershipCertificateHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, ISequenceNumbering numbering, IDocumentPrintRequests printRequests, TimeProvider clock)
{
    public const string Ended = "این عضویت پایان یافته است و گواهی عضویت برای آن صادر نمی‌شود.";

    public async Task<Result<IssuedMembershipCertificate>> HandleAsync(Guid membershipId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var membership = await MembershipAccess.LoadAsync(db, membershipId, user, cancellationToken);
        if (membership is null)
        {
            return Result<IssuedMembershipCertificate>.NotFound();
        }

        if (membership.Status != MembershipStatus.Member)
        {
            return Result<IssuedMembershipCertificate>.Conflict(Ended);
        }

        var (provinceId, content) = await DescribeAsync(db, membership, cancellationToken);
        if (await FindAsync(db, membership.Id, content.Fingerprint(), cancellationToken) is { } existing)
        {
            return Result<IssuedMembershipCertificate>.Success(existing);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        MembershipCertificate certificate;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var year = Domain.Common.JalaliDate.YearOf(PersianFormat.LocalDate(now));
            var sequence = await numbering.NextAsync(db, SequenceKinds.MembershipCertificate, provinceId, year, cancellationToken);
            certificate = MembershipCertificate.Issue(membership, provinceId, year, sequence, VerificationCode.New(), content, user.UserId!, now);
            db.MembershipCertificates.Add(certificate);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same request a moment earlier issued it (unique membership + content): theirs is the certificate.
            await using var again = await dbFactory.CreateAsync(cancellationToken);
            return await FindAsync(again, membership.Id, content.Fingerprint(), cancellationToken) is { } theirs
                ? Result<IssuedMembershipCertificate>.Success(theirs)
                : throw new InvalidOperationException("The membership certificate was neither saved nor found.");
        }

        printRequests.Enqueue(certificate.Kind, certificate.Id);
        return Result<IssuedMembershipCertificate>.Success(new IssuedMembershipCertificate(certificate.Id, certificate.Number, IsNew: true));
    }

    private static async Task<IssuedMembershipCertificate?> FindAsync(IAppDbContext db, Guid membershipId, string fingerprint, CancellationToken cancellationToken) =>
        await db.MembershipCertificates.AsNoTracking()
            .Where(c => c.MembershipId == membershipId && c.Fingerprint == fingerprint)
            .Select(c => new IssuedMembershipCertificate(c.Id, c.Number, false))
            .SingleOrDefaultAsync(cancellationToken);

    private static async Task<(int ProvinceId, MembershipCertificateContent Content)> DescribeAsync(IAppDbContext db, CooperativeMember membership, CancellationToken cancellationToken)
    {
        var cooperative = await db.Cooperatives.AsNoTracking().Where(c => c.Id == membership.CooperativeId)
            .Select(c => new
            {
                c.Name,
                c.RegistrationNumber,
                c.ProvinceId,
                Province = db.Provinces.Where(p => p.Id == c.ProvinceId).Select(p => p.Name).Single(),
                County = db.Counties.Where(k => k.Id == c.CountyId).Select(k => k.Name).SingleOrDefault(),
            })
            .SingleAsync(cancellationToken);
        return (cooperative.ProvinceId, new MembershipCertificateContent(
            membership.FullName, membership.NationalCode, cooperative.Name, cooperative.RegistrationNumber ?? string.Empty,
            cooperative.Province, cooperative.County ?? string.Empty, membership.Shares, membership.JoinedOn, CertificateIssuer.OfficeName(cooperative.Province)));
    }
}

/// <summary>The certificate a request gave: its id and number, and whether it was issued now (false: the one already issued for the same content).</summary>
public sealed record IssuedMembershipCertificate(Guid Id, string Number, bool IsNew);
