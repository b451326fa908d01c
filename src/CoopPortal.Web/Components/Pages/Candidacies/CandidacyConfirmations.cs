using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Common;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Candidacies;

/// <summary>
/// What the office is asked before deciding on a candidate (neither decision can be taken back), and the reason a
/// refusal starts from. Review/DecisionConfirmations is the model.
/// </summary>
public static class CandidacyConfirmations
{
    public static Confirmation Approve(CandidacyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var byHand = view.Findings.Where(f => f.Verdict == EligibilityVerdict.CheckByHand)
            .Select(f => ("بررسی دستی", $"{PersianFormat.CodeInText(f.RuleId)}: {f.Explanation}"));
        return new Confirmation(
            "صلاحیت این نامزد تأیید شود؟",
            [.. Identity(view), .. byHand],
            view.Findings.Any(f => f.Verdict == EligibilityVerdict.CheckByHand)
                ? "قاعده‌های «بررسی دستی» را پیش از تأیید بررسی کرده باشید. نامزد و مدیر تعاونی باخبر می‌شوند و تأیید بازگشت‌پذیر نیست."
                : "نامزد و مدیر تعاونی باخبر می‌شوند و نامزد در مجمع عمومی برای این سمت نامزد است. تأیید بازگشت‌پذیر نیست.",
            "تأیید صلاحیت",
            Color.Success);
    }

    /// <summary>The refusal's confirmation; null without a reason (the panel asks for one first).</summary>
    public static Confirmation? Refuse(CandidacyView view, string? reason)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return null;
        }

        return new Confirmation(
            "صلاحیت این نامزد رد شود؟",
            [.. Identity(view), ("دلیل رد صلاحیت", reason)],
            "نامزدی بسته می‌شود و دلیل آن برای نامزد و مدیر تعاونی فرستاده می‌شود. رد صلاحیت بازگشت‌پذیر نیست.",
            "رد صلاحیت",
            Color.Error);
    }

    /// <summary>The reason a refusal starts from: the rules that bar the candidate, by id; empty when none does.</summary>
    public static string SuggestedReason(CandidacyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var barring = view.Findings.Where(f => f.Verdict == EligibilityVerdict.NotEligible).Select(f => PersianFormat.CodeInText(f.RuleId)).ToList();
        return barring.Count == 0 ? string.Empty
            : $"نامزد بنا بر {(barring.Count == 1 ? "قاعده" : "قاعده‌های")} {string.Join("، ", barring)} فاقد شرایط است.";
    }

    private static IEnumerable<(string Label, string Value)> Identity(CandidacyView view)
    {
        yield return ("نامزد", view.FullName);
        yield return ("سمت", GeneralAssemblyText.Post(view.Post));
        yield return ("تعاونی", view.CooperativeName);
    }
}
