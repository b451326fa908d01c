using CoopPortal.Domain.Certificates;

namespace CoopPortal.Domain.Festival;

/// <summary>
/// The certificate of appreciation (لوح تقدیر) a festival's winner gets when the head confirms the winners: a fifth kind
/// of verifiable document (ADR 0023, ADR 0025, ADR 0031), numbered per province and year, with a public verification
/// code, a snapshot of what it honours and its PDF printed once. One per winner (nominee).
/// </summary>
public sealed class AppreciationCertificate : VerifiableDocument
{
    private AppreciationCertificate()
    {
    }

    public override VerifiableDocumentKind Kind => VerifiableDocumentKind.AppreciationCertificate;

    public Guid FestivalId { get; private set; }

    /// <summary>The winner's line on the shortlist; unique: one certificate per winner.</summary>
    public Guid NomineeId { get; private set; }

    public Guid CooperativeId { get; private set; }

    public AppreciationCertificateContent Content { get; private set; } = null!;

    public static AppreciationCertificate Issue(
        FestivalCase festival, FestivalNominee winner, int year, int sequence, string verificationCode, AppreciationCertificateContent content, string issuedByUserId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(festival);
        ArgumentNullException.ThrowIfNull(winner);
        ArgumentNullException.ThrowIfNull(content);
        if (!winner.IsWinner || winner.FestivalId != festival.Id)
        {
            throw new InvalidOperationException("A certificate of appreciation is issued to a confirmed winner of the festival only.");
        }

        var certificate = new AppreciationCertificate
        {
            FestivalId = festival.Id,
            NomineeId = winner.Id,
            CooperativeId = winner.CooperativeId,
            Content = content,
        };
        certificate.Issued(festival.ProvinceId, year, sequence, verificationCode, issuedByUserId, nowUtc);
        return certificate;
    }
}
