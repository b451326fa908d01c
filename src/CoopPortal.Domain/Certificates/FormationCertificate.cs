using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Certificates;

/// <summary>
/// The formation approval certificate (موافقت‌نامه تشکیل تعاونی) issued when the head of office approves an application.
/// Its content is a snapshot taken at issue; its PDF is printed once, stored with its SHA-256 and never printed again,
/// so every download is byte-identical and a later template change cannot alter it. Anyone can check it by its
/// verification code; the head of office may revoke it with a reason.
/// </summary>
public sealed class FormationCertificate
{
    public const string AlreadyRevoked = "این موافقت‌نامه پیش‌تر ابطال شده است.";
    public const string ReasonRequired = "دلیل ابطال را بنویسید (دست‌کم ۱۰ نویسه)؛ در استعلام عمومی نشان داده نمی‌شود ولی در پرونده می‌ماند.";

    private FormationCertificate()
    {
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public int ProvinceId { get; private set; }

    /// <summary>The Solar Hijri year of issue; numbering restarts each year per province.</summary>
    public int Year { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>e.g. 1405/14/00012: year, province, sequence (ASCII digits; shown with Persian digits).</summary>
    public string Number { get; private set; } = string.Empty;

    /// <summary>The random code of the public verification link (128 bits).</summary>
    public string VerificationCode { get; private set; } = string.Empty;

    public DateTime IssuedAtUtc { get; private set; }

    public string IssuedByUserId { get; private set; } = string.Empty;

    public CertificateContent Content { get; private set; } = null!;

    /// <summary>The printed document, once it has been printed (null until then).</summary>
    public byte[]? Pdf { get; private set; }

    public string? PdfSha256 { get; private set; }

    public DateTime? PdfCreatedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public string? RevokedByUserId { get; private set; }

    public string? RevocationReason { get; private set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    public static string FormatNumber(int year, int provinceId, int sequence) =>
        FormattableString.Invariant($"{year}/{provinceId:00}/{sequence:00000}");

    public static FormationCertificate Issue(
        Guid applicationId, int provinceId, int year, int sequence, string verificationCode, CertificateContent content, string issuedByUserId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        if (!Certificates.VerificationCode.IsWellFormed(verificationCode))
        {
            throw new ArgumentException("Not a verification code.", nameof(verificationCode));
        }

        return new FormationCertificate
        {
            Id = Guid.NewGuid(),
            ApplicationId = applicationId,
            ProvinceId = provinceId,
            Year = year,
            Sequence = sequence,
            Number = FormatNumber(year, provinceId, sequence),
            VerificationCode = verificationCode,
            Content = content,
            IssuedByUserId = issuedByUserId,
            IssuedAtUtc = nowUtc,
        };
    }

    /// <summary>Keeps the printed document. A certificate is printed once: a second document is refused.</summary>
    public void AttachPdf(byte[] pdf, string sha256, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        if (Pdf is not null)
        {
            throw new InvalidOperationException("The certificate has already been printed; an issued document is never replaced.");
        }

        Pdf = pdf;
        PdfSha256 = sha256;
        PdfCreatedAtUtc = nowUtc;
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
