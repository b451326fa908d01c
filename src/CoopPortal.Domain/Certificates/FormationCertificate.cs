using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Certificates;

/// <summary>
/// The formation approval certificate (موافقت‌نامه تشکیل تعاونی) issued when the head of office approves an application.
/// Its content is a snapshot taken at issue; its PDF is printed once, stored with its SHA-256 and never printed again,
/// so every download is byte-identical and a later template change cannot alter it. Anyone can check it by its
/// verification code; the head of office may revoke it with a reason.
/// </summary>
public sealed class FormationCertificate : VerifiableDocument
{
    public const string AlreadyRevoked = "این موافقت‌نامه پیش‌تر ابطال شده است.";
    public const string ReasonRequired = "دلیل ابطال را بنویسید (دست‌کم ۱۰ نویسه)؛ در استعلام عمومی نشان داده نمی‌شود ولی در پرونده می‌ماند.";

    private FormationCertificate()
    {
    }

    public override VerifiableDocumentKind Kind => VerifiableDocumentKind.FormationCertificate;

    public Guid ApplicationId { get; private set; }

    public CertificateContent Content { get; private set; } = null!;

    public string? RevokedByUserId { get; private set; }

    public string? RevocationReason { get; private set; }

    public static FormationCertificate Issue(
        Guid applicationId, int provinceId, int year, int sequence, string verificationCode, CertificateContent content, string issuedByUserId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        var certificate = new FormationCertificate { ApplicationId = applicationId, Content = content };
        certificate.Issued(provinceId, year, sequence, verificationCode, issuedByUserId, nowUtc);
        return certificate;
    }

    /// <summary>Whether a revocation reason says enough to be kept in the file (at least 10 characters once normalized).</summary>
    public static bool IsEnoughReason(string? reason) => Common.PersianText.Normalize(reason).Length >= 10;

    public void Revoke(string headUserId, string reason, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(headUserId);
        if (IsRevoked)
        {
            throw new DomainException(AlreadyRevoked);
        }

        var text = Common.PersianText.Normalize(reason);
        if (!IsEnoughReason(text))
        {
            throw new DomainException(ReasonRequired);
        }

        FieldLengths.Ensure(text, FieldLengths.RevocationReason);

        RevokedAtUtc = nowUtc;
        RevokedByUserId = headUserId;
        RevocationReason = text;
    }
}
