namespace CoopPortal.Domain.Certificates;

/// <summary>
/// What every verifiable document shares (ADR 0007, ADR 0023): a number without gaps per province and Solar Hijri year,
/// a random verification code for its public link, when and by whom it was issued, and the PDF printed once and stored
/// with its SHA-256 (never printed again, so every download is byte-identical). Each kind keeps its own table and its
/// own snapshot of what it says.
/// </summary>
public abstract class VerifiableDocument
{
    public Guid Id { get; private set; }

    public int ProvinceId { get; private set; }

    /// <summary>The Solar Hijri year of issue; numbering restarts each year per province and kind.</summary>
    public int Year { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>e.g. 1405/14/00012: year, province, sequence (ASCII digits; shown with Persian digits).</summary>
    public string Number { get; private set; } = string.Empty;

    /// <summary>The random code of the public verification link (128 bits).</summary>
    public string VerificationCode { get; private set; } = string.Empty;

    public DateTime IssuedAtUtc { get; private set; }

    public string IssuedByUserId { get; private set; } = string.Empty;

    /// <summary>The printed document, once it has been printed (null until then).</summary>
    public byte[]? Pdf { get; private set; }

    public string? PdfSha256 { get; private set; }

    public DateTime? PdfCreatedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; protected set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    public abstract VerifiableDocumentKind Kind { get; }

    public static string FormatNumber(int year, int provinceId, int sequence) =>
        FormattableString.Invariant($"{year}/{provinceId:00}/{sequence:00000}");

    /// <summary>Sets what every kind has at issue; called once by each kind's factory.</summary>
    protected void Issued(int provinceId, int year, int sequence, string verificationCode, string issuedByUserId, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        if (!Certificates.VerificationCode.IsWellFormed(verificationCode))
        {
            throw new ArgumentException("Not a verification code.", nameof(verificationCode));
        }

        Id = Guid.NewGuid();
        ProvinceId = provinceId;
        Year = year;
        Sequence = sequence;
        Number = FormatNumber(year, provinceId, sequence);
        VerificationCode = verificationCode;
        IssuedByUserId = issuedByUserId;
        IssuedAtUtc = nowUtc;
    }

    /// <summary>Keeps the printed document. A document is printed once: a second one is refused.</summary>
    public void AttachPdf(byte[] pdf, string sha256, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        if (Pdf is not null)
        {
            throw new InvalidOperationException("The document has already been printed; an issued document is never replaced.");
        }

        Pdf = pdf;
        PdfSha256 = sha256;
        PdfCreatedAtUtc = nowUtc;
    }
}
