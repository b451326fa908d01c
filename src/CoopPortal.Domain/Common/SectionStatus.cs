namespace CoopPortal.Domain.Common;

/// <summary>
/// Where a section of a case stands on its task list (a formation application's, a self-declaration's): the same four
/// statuses, words and colours for every case.
/// </summary>
public enum SectionStatus
{
    NotStarted,
    InProgress,
    Completed,
    NeedsCorrection,
}

public static class SectionStatusText
{
    public static string Title(SectionStatus status) => status switch
    {
        SectionStatus.NotStarted => "شروع نشده",
        SectionStatus.InProgress => "در حال تکمیل",
        SectionStatus.Completed => "تکمیل شده",
        SectionStatus.NeedsCorrection => "نیاز به اصلاح",
        _ => status.ToString(),
    };
}
