using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Assemblies;

/// <summary>The Persian words for a general assembly's kinds, agenda items, statuses and steps.</summary>
public static class GeneralAssemblyText
{
    public static string Title(GeneralAssemblyKind kind) => kind switch
    {
        GeneralAssemblyKind.Ordinary => "مجمع عمومی عادی سالانه",
        GeneralAssemblyKind.Extraordinary => "مجمع عمومی فوق‌العاده",
        GeneralAssemblyKind.OrdinaryHeldExtraordinarily => "مجمع عمومی عادی به‌طور فوق‌العاده",
        _ => kind.ToString(),
    };

    public static string Title(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.ApproveFinancialStatements => "تصویب صورت‌های مالی",
        AgendaItemKind.ElectBoard => "انتخاب اعضای هیئت مدیره",
        AgendaItemKind.ElectInspectors => "انتخاب بازرسان",
        AgendaItemKind.ChangeCapital => "تغییر سرمایه",
        AgendaItemKind.AmendBylaws => "اصلاح اساسنامه",
        AgendaItemKind.ChangeAddress => "تغییر نشانی",
        AgendaItemKind.ChangeName => "تغییر نام",
        AgendaItemKind.Dissolve => "انحلال تعاونی",
        AgendaItemKind.Other => "سایر موارد",
        _ => kind.ToString(),
    };

    public static string Title(GeneralAssemblyStatus status) => status switch
    {
        GeneralAssemblyStatus.Draft => "پیش‌نویس آگهی",
        GeneralAssemblyStatus.Announced => "آگهی منتشر شد؛ در انتظار تصمیم نظارت",
        GeneralAssemblyStatus.Supervised => "ناظر تعیین شد",
        GeneralAssemblyStatus.Unsupervised => "بدون ناظر",
        GeneralAssemblyStatus.AwaitingObserver => "صورت‌جلسه ارسال شد؛ در انتظار گزارش ناظر",
        GeneralAssemblyStatus.MinutesSubmitted => "صورت‌جلسه ارسال شد؛ در انتظار بررسی",
        GeneralAssemblyStatus.ObserverConfirmed => "تأیید ناظر",
        GeneralAssemblyStatus.IrregularitiesReported => "گزارش تخلف ناظر",
        GeneralAssemblyStatus.ReturnedForCorrection => "بازگشت برای اصلاح",
        GeneralAssemblyStatus.Confirmed => "تأیید شد؛ تغییرات ثبت شد",
        GeneralAssemblyStatus.Cancelled => "لغو شد",
        _ => status.ToString(),
    };

    public static string ActionTitle(GeneralAssemblyAction action) => action switch
    {
        GeneralAssemblyAction.Announce => "آگهی دعوت منتشر شد",
        GeneralAssemblyAction.AssignObserver => "ناظر اداره تعیین شد",
        GeneralAssemblyAction.WaiveSupervision => "نظارت لازم دانسته نشد",
        GeneralAssemblyAction.SubmitMinutes => "صورت‌جلسه ارسال شد",
        GeneralAssemblyAction.ObserverConfirm => "ناظر برگزاری را تأیید کرد",
        GeneralAssemblyAction.ReportIrregularities => "ناظر تخلف گزارش کرد",
        GeneralAssemblyAction.SendBack => "صورت‌جلسه برای اصلاح بازگردانده شد",
        GeneralAssemblyAction.Confirm => "صورت‌جلسه تأیید و تغییرات در ثبت اعمال شد",
        GeneralAssemblyAction.Cancel => "مجمع لغو شد",
        _ => action.ToString(),
    };

    public static string Title(MeetingCall call) => call == MeetingCall.First ? "نوبت اول" : "نوبت دوم";

    /// <summary>The post a candidate stands for, as the notice and the candidate list name it.</summary>
    public static string Post(OfficerRole role) => role switch
    {
        OfficerRole.BoardMember => "عضو اصلی هیئت مدیره",
        OfficerRole.AlternateBoardMember => "عضو علی‌البدل هیئت مدیره",
        OfficerRole.Inspector => "بازرس اصلی",
        OfficerRole.AlternateInspector => "بازرس علی‌البدل",
        OfficerRole.Ceo => "مدیرعامل",
        _ => role.ToString(),
    };
}
