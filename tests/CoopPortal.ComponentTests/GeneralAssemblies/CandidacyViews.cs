using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

/// <summary>Candidacy views as the use cases answer them, for the candidacy components' tests.</summary>
internal static class CandidacyViews
{
    public static readonly EligibilityFinding NotAMember = new("E01", "نامزد هیئت مدیره باید عضو همین تعاونی باشد.", EligibilityVerdict.NotEligible, "عضو تعاونی نیست");

    public static readonly EligibilityFinding MissingFiles = new("E04", "مدارک لازم نامزد کامل نیست.", EligibilityVerdict.NotEligible, "1 مدرک بارگذاری نشده");

    public static readonly EligibilityFinding ByHand = new("E05", "عضویت نامزد در سامانه قابل بررسی نیست.", EligibilityVerdict.CheckByHand, "فهرست اعضا بارگذاری نشده");

    public static CandidacyView View(
        CandidacyStatus status,
        IReadOnlySet<CandidacyAction>? actions = null,
        IReadOnlyList<EligibilityFinding>? findings = null,
        string? reason = null,
        bool isCandidate = true,
        IReadOnlyList<AttachedFile>? files = null) => new(
            Guid.NewGuid(), Guid.NewGuid(), "تعاونی مسکن فرهنگیان", "زهرا احمدی", "0012345678", OfficerRole.BoardMember, status,
            files ?? [], [CandidateFileKind.IdCard, CandidateFileKind.CriminalRecord], findings ?? [], reason,
            [new CaseEventView(new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc), "نامزدی ثبت شد", "ثبت‌شده، در انتظار بررسی", null, "زهرا احمدی")],
            isCandidate, actions ?? new HashSet<CandidacyAction>());

    public static AttachedFile IdCard() =>
        new(Guid.NewGuid(), nameof(CandidateFileKind.IdCard), "card.pdf", "application/pdf", 40_000, "abc", "key", new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc));
}
