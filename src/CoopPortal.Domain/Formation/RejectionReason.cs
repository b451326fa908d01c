namespace CoopPortal.Domain.Formation;

/// <summary>A reason an application may be rejected for (chosen from a list, explained in text).</summary>
public sealed record RejectionReason(string Code, string Title)
{
    public static IReadOnlyList<RejectionReason> All { get; } =
    [
        new("members-ineligible", "اعضا شرایط عضویت را ندارند"),
        new("activity-not-allowed", "موضوع فعالیت مجاز نیست یا مجوز لازم ارائه نشده است"),
        new("capital-insufficient", "سرمایه یا سهام با قانون سازگار نیست"),
        new("documents-invalid", "مدارک نادرست یا جعلی است"),
        new("duplicate-application", "درخواست تکراری است"),
        new("other", "سایر دلایل"),
    ];

    public static RejectionReason? Find(string? code) => All.FirstOrDefault(r => r.Code == code);
}
