using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Dormancy;

/// <summary>
/// When a cooperative under a dormancy case counts as revived (issue 21, point 1), as a rule list in the risk rules'
/// shape: D01 every declaration the compliance list said was owed has been sent; D02 an ordinary general assembly was
/// recorded and confirmed in the portal after the case opened. The office may record the revival only when every rule
/// is met; the case page shows each with its verdict and evidence. Years in the evidence are ASCII digits (shown with
/// Persian digits), dates Jalali.
/// </summary>
public static class RevivalRules
{
    public const string NotEarned = "احیای تعاونی هنوز محقق نشده است: همه خوداظهاری‌های معوق باید ارسال و مجمع عمومی عادی پس از گشودن پرونده در سامانه ثبت و تأیید شده باشد.";

    public static IReadOnlyList<RevivalRule> All { get; } =
    [
        new("D01", "خوداظهاری همه سال‌های معوق ارسال شده است.", DeclarationsFiled),
        new("D02", "مجمع عمومی عادی (سالانه یا به‌طور فوق‌العاده) پس از گشودن پرونده برگزار و صورت‌جلسه آن در سامانه ثبت و تأیید شده است.", AssemblyRecorded),
    ];

    /// <summary>Every rule checked against the facts, in order.</summary>
    public static IReadOnlyList<RevivalFinding> Assess(RevivalFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return All.Select(rule => (rule, verdict: rule.Check(facts)))
            .Select(x => new RevivalFinding(x.rule.Id, x.rule.Explanation, x.verdict.Met, x.verdict.Evidence))
            .ToList();
    }

    /// <summary>True when every rule is met.</summary>
    public static bool Earned(RevivalFacts facts) => Assess(facts).All(f => f.Met);

    private static (bool, string) DeclarationsFiled(RevivalFacts facts)
    {
        var owed = string.Join("، ", facts.OwedYears.Order());
        var missing = facts.StillOwed;
        return missing.Count == 0
            ? (true, $"سال‌های معوق: {owed}؛ خوداظهاری همه ارسال شده است")
            : (false, $"سال‌های معوق: {owed}؛ ارسال نشده: {string.Join("، ", missing)}");
    }

    private static (bool, string) AssemblyRecorded(RevivalFacts facts) => facts.OrdinaryAssemblyHeldOn is { } heldOn
        ? (true, $"مجمع عمومی عادی {JalaliDate.Format(heldOn)}، تأییدشده در سامانه")
        : (false, "پس از گشودن پرونده، مجمع عمومی عادی تأییدشده‌ای در سامانه ثبت نشده است");
}
