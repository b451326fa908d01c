using System.Globalization;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Assemblies;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.GeneralAssemblies;

/// <summary>Routes and display helpers of the general-assembly pages (presentation only: the rules live in the domain).</summary>
internal static class GeneralAssemblyUi
{
    public static string Url(Guid assemblyId) => $"general-assemblies/{assemblyId}";

    public static string NoticeUrl(Guid assemblyId) => $"general-assemblies/{assemblyId}/notice";

    public static string MinutesUrl(Guid assemblyId) => $"general-assemblies/{assemblyId}/minutes";

    public static string OfficeUrl(Guid assemblyId) => $"office/general-assemblies/{assemblyId}";

    public static string StandUrl(Guid assemblyId) => $"general-assemblies/{assemblyId}/stand";

    public static string FileUrl(Guid assemblyId, Guid fileId) => $"general-assemblies/{assemblyId}/files/{fileId}";

    /// <summary>The registry-change notice PDF (آگهی تغییرات) of a confirmed assembly (Hosting/GeneralAssemblyEndpoints).</summary>
    public static string ChangeNoticeUrl(Guid assemblyId) => $"general-assemblies/{assemblyId}/change-notice.pdf";

    public static string CandidacyUrl(Guid candidacyId) => $"candidacies/{candidacyId}";

    public static string OfficeCandidacyUrl(Guid candidacyId) => $"office/candidacies/{candidacyId}";

    public const string OfficeQueueUrl = "office/general-assemblies";

    public static Color StatusColor(GeneralAssemblyStatus status) => status switch
    {
        GeneralAssemblyStatus.Draft => Color.Default,
        GeneralAssemblyStatus.Announced or GeneralAssemblyStatus.AwaitingObserver or GeneralAssemblyStatus.MinutesSubmitted => Color.Info,
        GeneralAssemblyStatus.Supervised or GeneralAssemblyStatus.Unsupervised or GeneralAssemblyStatus.ObserverConfirmed => Color.Primary,
        GeneralAssemblyStatus.IrregularitiesReported or GeneralAssemblyStatus.ReturnedForCorrection => Color.Warning,
        GeneralAssemblyStatus.Confirmed => Color.Success,
        GeneralAssemblyStatus.Cancelled => Color.Error,
        _ => Color.Default,
    };

    public static Color StatusColor(CandidacyStatus status) => status switch
    {
        CandidacyStatus.Approved => Color.Success,
        CandidacyStatus.Refused => Color.Error,
        CandidacyStatus.Registered => Color.Info,
        _ => Color.Default,
    };

    /// <summary>The meeting's day and time as the notice says it («۱۴۰۵/۰۲/۱۰، ساعت ۱۰:۰۰»), or «—» while not given.</summary>
    public static string When(DateOnly? day, TimeOnly? time) => (day, time) switch
    {
        ({ } d, { } t) => $"{PersianFormat.Date(d)}، ساعت {Time(t)}",
        ({ } d, null) => PersianFormat.Date(d),
        (null, { } t) => $"ساعت {Time(t)}",
        _ => "—",
    };

    public static string Time(TimeOnly time) => PersianFormat.Digits(time.ToString("HH:mm", CultureInfo.InvariantCulture));

    public static string Day(DateOnly? day) => day is { } d ? PersianFormat.Date(d) : "—";

    public static string Rials(long? amount) => amount is { } a ? $"{PersianFormat.Number(a)} ریال" : "—";

    public static string Count(int? value) => value is { } v ? PersianFormat.Number(v) : "—";

    /// <summary>An agenda item's title: a free item by its own text.</summary>
    public static string ItemTitle(AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind == AgendaItemKind.Other && item.Text is { Length: > 0 } text ? text : GeneralAssemblyText.Title(item.Kind);
    }

    /// <summary>What happened and what comes next, for the cooperative's managers (the overview's first sentence).</summary>
    public static string ManagerOutcome(GeneralAssemblyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Status switch
        {
            GeneralAssemblyStatus.Draft => "آگهی دعوت هنوز منتشر نشده است. متن دعوت‌نامه، تاریخ و محل تشکیل و دستور جلسه را بنویسید و آگهی را منتشر کنید.",
            GeneralAssemblyStatus.Announced => "آگهی دعوت منتشر شد. اداره کل تعاون استان درباره نظارت بر مجمع تصمیم می‌گیرد (تعیین ناظر یا بی‌نیازی از نظارت).",
            GeneralAssemblyStatus.Supervised or GeneralAssemblyStatus.Unsupervised => MinutesNext(view),
            GeneralAssemblyStatus.AwaitingObserver => "صورت‌جلسه فرستاده شد و در انتظار گزارش ناظر اداره است؛ پس از آن کارشناس اداره آن را بررسی می‌کند.",
            GeneralAssemblyStatus.MinutesSubmitted or GeneralAssemblyStatus.ObserverConfirmed or GeneralAssemblyStatus.IrregularitiesReported =>
                "صورت‌جلسه فرستاده شد و در انتظار بررسی کارشناس اداره کل تعاون استان است.",
            GeneralAssemblyStatus.ReturnedForCorrection => $"صورت‌جلسه برای اصلاح بازگردانده شد: «{view.ReturnComment ?? "—"}». آن را اصلاح کنید و دوباره بفرستید.",
            GeneralAssemblyStatus.Confirmed => "صورت‌جلسه تأیید شد و تغییرات آن (ارکان، سرمایه، نشانی یا نام) در ثبت تعاونی اعمال شد.",
            GeneralAssemblyStatus.Cancelled => "این مجمع لغو شد.",
            _ => GeneralAssemblyText.Title(view.Status),
        };
    }

    /// <summary>What happened and who acts next, for the office.</summary>
    public static string OfficeOutcome(GeneralAssemblyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Status switch
        {
            GeneralAssemblyStatus.Announced => "آگهی دعوت منتشر شد و رئیس اداره کل باید درباره نظارت تصمیم بگیرد: تعیین ناظر یا بی‌نیازی از نظارت.",
            GeneralAssemblyStatus.Supervised => $"ناظر اداره «{view.ObserverName ?? "—"}» است. پس از تشکیل مجمع در {Day(view.Notice.MeetingOn)}، مدیران صورت‌جلسه را می‌فرستند.",
            GeneralAssemblyStatus.Unsupervised => $"مجمع بدون ناظر برگزار می‌شود. پس از تشکیل مجمع در {Day(view.Notice.MeetingOn)}، مدیران صورت‌جلسه را می‌فرستند.",
            GeneralAssemblyStatus.AwaitingObserver => $"صورت‌جلسه رسید و در انتظار گزارش ناظر («{view.ObserverName ?? "—"}») است.",
            GeneralAssemblyStatus.MinutesSubmitted => "صورت‌جلسه رسید و در انتظار بررسی کارشناس است.",
            GeneralAssemblyStatus.ObserverConfirmed => "ناظر برگزاری مجمع را تأیید کرد؛ صورت‌جلسه در انتظار بررسی کارشناس است.",
            GeneralAssemblyStatus.IrregularitiesReported => "ناظر تخلف گزارش کرد؛ کارشناس با دیدن گزارش او درباره صورت‌جلسه تصمیم می‌گیرد.",
            GeneralAssemblyStatus.ReturnedForCorrection => $"صورت‌جلسه برای اصلاح به مدیران بازگردانده شد: «{view.ReturnComment ?? "—"}».",
            GeneralAssemblyStatus.Confirmed => "صورت‌جلسه تأیید شد و تغییرات آن در ثبت تعاونی اعمال شد.",
            GeneralAssemblyStatus.Cancelled => "این مجمع لغو شد.",
            _ => GeneralAssemblyText.Title(view.Status),
        };
    }

    /// <summary>The Persian messages of a failed result, each once: field messages first, then the summary if none.</summary>
    public static IReadOnlyList<string> Messages(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var messages = result.Errors.Values.SelectMany(m => m).Distinct(StringComparer.Ordinal).ToList();
        if (messages.Count == 0 && !string.IsNullOrEmpty(result.Message))
        {
            messages.Add(result.Message);
        }

        return messages;
    }

    private static string MinutesNext(GeneralAssemblyView view)
    {
        var observer = view.Status == GeneralAssemblyStatus.Supervised
            ? $"ناظر اداره «{view.ObserverName ?? "—"}» تعیین شد. "
            : "اداره کل تعاون استان ناظری نمی‌فرستد. ";
        return observer + $"پس از تشکیل مجمع در {Day(view.Notice.MeetingOn)}، صورت‌جلسه را بنویسید و بفرستید.";
    }
}
