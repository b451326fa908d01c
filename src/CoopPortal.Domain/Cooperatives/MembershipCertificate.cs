using CoopPortal.Domain.Certificates;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>
/// The membership certificate (گواهی عضویت) a member asks for: a third kind of verifiable document (ADR 0023, ADR 0025),
/// numbered per province and year, with a public verification code, a snapshot of the membership at issue and its PDF
/// printed once. One certificate per membership and content: asking again while nothing changed gives the same one.
/// </summary>
public sealed class MembershipCertificate : VerifiableDocument
{
    private MembershipCertificate()
    {
    }

    public override VerifiableDocumentKind Kind => VerifiableDocumentKind.MembershipCertificate;

    public Guid MembershipId { get; private set; }

    public Guid CooperativeId { get; private set; }

    /// <summary>The national code it certifies (who may download it).</summary>
    public string NationalCode { get; private set; } = string.Empty;

    public MembershipCertificateContent Content { get; private set; } = null!;

    /// <summary><see cref="MembershipCertificateContent.Fingerprint"/> of the content; unique per membership.</summary>
    public string Fingerprint { get; private set; } = string.Empty;

    public static MembershipCertificate Issue(
        CooperativeMember membership, int provinceId, int year, int sequence, string verificationCode, MembershipCertificateContent content, string issuedByUserId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(content);
        if (membership.Status != MembershipStatus.Member)
        {
            throw new InvalidOperationException("A membership certificate is issued for a current membership only.");
        }

        var certificate = new MembershipCertificate
        {
            MembershipId = membership.Id,
            CooperativeId = membership.CooperativeId,
            NationalCode = membership.NationalCode,
            Content = content,
            Fingerprint = content.Fingerprint(),
        };
        certificate.Issued(provinceId, year, sequence, verificationCode, issuedByUserId, nowUtc);
        return certificate;
    }
}
