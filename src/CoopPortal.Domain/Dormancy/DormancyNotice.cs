using CoopPortal.Domain.Certificates;

namespace CoopPortal.Domain.Dormancy;

/// <summary>
/// The dormancy notice (اخطاریه رکود) printed when a dormancy case opens: one per case, numbered per province and year,
/// with a public verification code, a snapshot of what it says, and its PDF printed once and stored (ADR 0023, ADR 0025).
/// </summary>
public sealed class DormancyNotice : VerifiableDocument
{
    private DormancyNotice()
    {
    }

    public override VerifiableDocumentKind Kind => VerifiableDocumentKind.DormancyNotice;

    public Guid CaseId { get; private set; }

    public Guid CooperativeId { get; private set; }

    public DormancyNoticeContent Content { get; private set; } = null!;

    public static DormancyNotice Issue(
        DormancyCase dormancyCase, int year, int sequence, string verificationCode, DormancyNoticeContent content, string issuedByUserId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(dormancyCase);
        ArgumentNullException.ThrowIfNull(content);
        var notice = new DormancyNotice { CaseId = dormancyCase.Id, CooperativeId = dormancyCase.CooperativeId, Content = content };
        notice.Issued(dormancyCase.ProvinceId, year, sequence, verificationCode, issuedByUserId, nowUtc);
        return notice;
    }
}
