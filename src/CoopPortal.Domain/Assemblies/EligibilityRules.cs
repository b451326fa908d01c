using System.Globalization;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// The checks a candidate for the board or the inspectors meets before the vote (domain.md: the election-supervision
/// commission's commonly applied conditions), each independent, explained in Persian and naming its evidence, like
/// <c>Supervision.RiskRules</c>. A rule that fires with <see cref="EligibilityVerdict.NotEligible"/> bars the candidate;
/// one that fires with <see cref="EligibilityVerdict.CheckByHand"/> asks the reviewer to look. The reviewer decides;
/// the findings are kept with the decision.
/// </summary>
public static class EligibilityRules
{
    public static IReadOnlyList<EligibilityRule> All { get; } =
    [
        new("E01", "نامزد هیئت مدیره باید عضو همین تعاونی باشد.", EligibilityVerdict.NotEligible,
            (f, _) => IsBoard(f.Post) && f.IsMember == false ? "کد ملی نامزد در فهرست اعضای ثبت‌شده تعاونی نیست" : null),
        new("E02", "هیچ‌کس هم‌زمان عضو هیئت مدیره و بازرس یک تعاونی نیست.", EligibilityVerdict.NotEligible, ConflictingPost),
        new("E03", "عضویت هم‌زمان در هیئت مدیره بیش از سقف مجاز تعاونی‌ها پذیرفته نیست.", EligibilityVerdict.NotEligible, TooManyBoards),
        new("E04", "مدارک لازم نامزد کامل نیست.", EligibilityVerdict.NotEligible, MissingFiles),
        new("E05", "عضویت نامزد در سامانه قابل بررسی نیست.", EligibilityVerdict.CheckByHand,
            (f, _) => IsBoard(f.Post) && f.IsMember is null ? "فهرست اعضای این تعاونی در سامانه ثبت نشده است؛ عضویت را با دفتر ثبت سهام بررسی کنید" : null),
    ];

    /// <summary>The rules that fire for a candidate, in rule order.</summary>
    public static IReadOnlyList<EligibilityFinding> Check(CandidateFacts facts, AssemblyRules rules)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rules);
        return All
            .Select(rule => (rule, evidence: rule.Evidence(facts, rules)))
            .Where(x => x.evidence is not null)
            .Select(x => new EligibilityFinding(x.rule.Id, x.rule.Explanation, x.rule.Verdict, x.evidence!))
            .ToList();
    }

    /// <summary>True when no rule bars the candidate (rules asking for a check by hand do not).</summary>
    public static bool Eligible(IEnumerable<EligibilityFinding> findings) => findings.All(f => f.Verdict != EligibilityVerdict.NotEligible);

    public static bool IsBoard(OfficerRole post) => post is OfficerRole.BoardMember or OfficerRole.AlternateBoardMember;

    public static bool IsInspector(OfficerRole post) => post is OfficerRole.Inspector or OfficerRole.AlternateInspector;

    private static string? ConflictingPost(CandidateFacts facts, AssemblyRules rules)
    {
        Func<OfficerRole, bool> conflicting = IsBoard(facts.Post) ? IsInspector : IsInspector(facts.Post) ? IsBoard : _ => false;
        var held = facts.PostsHeldHere.Where(conflicting).Select(p => "اکنون " + GeneralAssemblyText.Post(p));
        var sought = facts.OtherPostsSought.Where(conflicting).Select(p => "نامزد " + GeneralAssemblyText.Post(p) + " در همین مجمع");
        var evidence = held.Concat(sought).ToList();
        return evidence.Count == 0 ? null : $"برای «{GeneralAssemblyText.Post(facts.Post)}» نامزد شده و {string.Join("؛ ", evidence)} است";
    }

    private static string? TooManyBoards(CandidateFacts facts, AssemblyRules rules)
    {
        if (!IsBoard(facts.Post) || facts.BoardsElsewhere.Count < rules.MaximumBoards)
        {
            return null;
        }

        var count = PersianDigits.ToPersian(facts.BoardsElsewhere.Count.ToString(CultureInfo.InvariantCulture));
        var limit = PersianDigits.ToPersian(rules.MaximumBoards.ToString(CultureInfo.InvariantCulture));
        return $"اکنون عضو هیئت مدیره {count} تعاونی دیگر است ({string.Join("، ", facts.BoardsElsewhere)})؛ سقف: {limit}";
    }

    private static string? MissingFiles(CandidateFacts facts, AssemblyRules rules)
    {
        var missing = Required(rules).Where(kind => !facts.Files.Contains(kind)).Select(CandidacyText.Title).ToList();
        return missing.Count == 0 ? null : "بارگذاری نشده: " + string.Join("، ", missing);
    }

    /// <summary>The documents every candidate uploads under these rules.</summary>
    public static IReadOnlyList<CandidateFileKind> Required(AssemblyRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.RequireCriminalRecord ? [CandidateFileKind.IdCard, CandidateFileKind.CriminalRecord] : [CandidateFileKind.IdCard];
    }
}
