namespace CoopPortal.Domain.Assemblies;

/// <summary>The Persian words for candidacies.</summary>
public static class CandidacyText
{
    public static string Title(CandidacyStatus status) => status switch
    {
        CandidacyStatus.Registered => "ثبت‌شده، در انتظار بررسی",
        CandidacyStatus.Approved => "صلاحیت تأیید شد",
        CandidacyStatus.Refused => "صلاحیت تأیید نشد",
        CandidacyStatus.Withdrawn => "انصراف داده شد",
        _ => status.ToString(),
    };

    public static string ActionTitle(CandidacyAction action) => action switch
    {
        CandidacyAction.Approve => "صلاحیت نامزد تأیید شد",
        CandidacyAction.Refuse => "صلاحیت نامزد تأیید نشد",
        CandidacyAction.Withdraw => "نامزد انصراف داد",
        _ => action.ToString(),
    };

    public static string Title(CandidateFileKind kind) => kind switch
    {
        CandidateFileKind.IdCard => "تصویر کارت ملی",
        CandidateFileKind.CriminalRecord => "گواهی عدم سوء پیشینه",
        _ => kind.ToString(),
    };
}
