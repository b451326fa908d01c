namespace CoopPortal.Domain.Dormancy;

/// <summary>What a dormancy notice (اخطاریه رکود) says, as it was at issue.</summary>
public sealed record DormancyNoticeContent(
    string IssuingOffice,
    string Province,
    string County,
    string CooperativeName,
    string RegistrationNumber,
    IReadOnlyList<int> OwedYears,
    DateOnly DeadlineOn,
    int AnswerDays,
    string LegalBasis)
{
    /// <summary>What the cooperative must do to be counted revived (the rules D01 and D02 in words).</summary>
    public static IReadOnlyList<string> Requirements { get; } =
    [
        "خوداظهاری نظارتی همه سال‌های معوق را در سامانه ارسال کنید.",
        "مجمع عمومی عادی را برگزار و صورت‌جلسه آن را در سامانه ثبت کنید تا اداره کل تأیید کند.",
        "پاسخ خود را پیش از پایان مهلت در صفحه پرونده رکود تعاونی در سامانه ثبت کنید.",
    ];
}
