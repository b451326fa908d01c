using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Formation;
using CoopPortal.Web.Components.Common;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Review;

/// <summary>
/// What the office is asked before a decision it cannot simply take back (issue 18), and what the page says once it
/// went through. A decision the use case will refuse anyway (no listed reason, a section without a comment) is not
/// asked about: it goes straight to the server, whose message says what is missing.
/// </summary>
public static class DecisionConfirmations
{
    public static Confirmation Approve(FormationApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return new Confirmation(
            "درخواست تأیید و موافقت‌نامه تشکیل صادر شود؟",
            [.. Identity(application),
             ("تعداد اعضا", $"{PersianFormat.Number(application.Members.Count)} نفر"),
             ("سرمایه تعهدشده", $"{PersianFormat.Number(application.Capital.Total)} ریال")],
            "موافقت‌نامه تشکیل با شماره‌ای تازه صادر و برای متقاضی فرستاده می‌شود و استعلام عمومی آن را «معتبر» نشان می‌دهد. این کار تنها با ابطال موافقت‌نامه برگشت‌پذیر است.",
            "تأیید و صدور موافقت‌نامه",
            Color.Success);
    }

    public static Confirmation? Reject(FormationApplication application, string reasonCode, string explanation)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (RejectionReason.Find(reasonCode) is not { } reason)
        {
            return null;
        }

        return new Confirmation(
            "درخواست رد شود؟",
            [.. Identity(application), ("دلیل رد", reason.Title), ("توضیح برای متقاضی", string.IsNullOrWhiteSpace(explanation) ? "—" : explanation)],
            "درخواست بسته می‌شود و دلیل رد برای متقاضی فرستاده می‌شود. رد بازگشت‌پذیر نیست؛ متقاضی می‌تواند اعتراض کند یا درخواست تازه‌ای بدهد.",
            "رد درخواست",
            Color.Error);
    }

    public static Confirmation? SendBack(FormationApplication application, IReadOnlyList<(ApplicationSection Section, string Comment)> rows)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0 || rows.Any(r => string.IsNullOrWhiteSpace(r.Comment)))
        {
            return null;
        }

        return new Confirmation(
            rows.Count == 1 ? "این بخش برای اصلاح بازگردانده شود؟" : $"این {PersianFormat.Number(rows.Count)} بخش برای اصلاح بازگردانده شوند؟",
            [.. Identity(application), .. rows.Select(r => (ApplicationSectionText.Title(r.Section), r.Comment))],
            "متقاضی باخبر می‌شود و تا درخواست را دوباره نفرستد، بررسی آن متوقف می‌ماند. درستی اطلاعات را هم باید دوباره تأیید کند.",
            "بازگرداندن برای اصلاح",
            Color.Warning);
    }

    /// <summary>What the page says once a send-back went through: the sections by name.</summary>
    public static string SentBack(IReadOnlyList<(ApplicationSection Section, string Comment)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sections = rows.Select(r => r.Section).Distinct().Order().Select(s => $"«{ApplicationSectionText.Title(s)}»").ToList();
        return sections.Count == 1
            ? $"بخش {sections[0]} با توضیح شما برای اصلاح به متقاضی بازگردانده شد."
            : $"بخش‌های {string.Join("، ", sections)} با توضیح‌های شما برای اصلاح به متقاضی بازگردانده شد.";
    }

    private static IEnumerable<(string Label, string Value)> Identity(FormationApplication application)
    {
        yield return ("کد رهگیری", PersianFormat.CodeInText(application.TrackingCode));
        var names = application.ProposedNames;
        if (names.Count > 0)
        {
            yield return ("نام نخست پیشنهادی", names[0].Name);
        }
    }
}
