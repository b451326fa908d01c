namespace CoopPortal.Application.Registry.Import;

/// <summary>
/// The documented CSV format of a member list (docs/features/members.md): the same file rules as the cooperatives'
/// import (UTF-8 with or without BOM, comma-separated, RFC 4180 quoting, a header row, any column order), one member a
/// row. A row names its cooperative by province and registration number; one file may hold the members of several.
/// </summary>
public static class MemberImportFormat
{
    /// <summary>Largest accepted file: 100 MB (about a million members); it is read as a stream, never whole.</summary>
    public const long MaxBytes = 100 * 1024 * 1024;

    public static readonly ImportColumn Province = new("استان", true, "استان تعاونی، همان‌گونه که در سامانه آمده است");
    public static readonly ImportColumn RegistrationNumber = new("شماره ثبت", true, "شماره ثبت تعاونی‌ای که در سامانه هست (در همان استان)");
    public static readonly ImportColumn NationalCode = new("کد ملی", true, "کد ملی ۱۰ رقمی معتبر؛ در هر تعاونی یک بار", "کد ملی عضو");
    public static readonly ImportColumn FullName = new("نام و نام خانوادگی", true, "نام کامل عضو", "نام عضو", "نام");
    public static readonly ImportColumn Shares = new("سهام (ریال)", true, "عدد صحیح مثبت به ریال؛ جداکننده‌ی هزارگان , یا ٬ مجاز است", "سهام", "سهام ریال", "مبلغ سهام");
    public static readonly ImportColumn JoinedOn = new("تاریخ عضویت", false, "تاریخ شمسی به شکل ۱۳۹۸/۰۵/۱۲؛ نه در آینده");

    /// <summary>The columns in their documented order (the order of the sample file; any order is accepted).</summary>
    public static IReadOnlyList<ImportColumn> Columns { get; } = [Province, RegistrationNumber, NationalCode, FullName, Shares, JoinedOn];

    // The row rules' messages (MemberRowReader), each on the column it names.
    public const string NameRequired = "نام و نام خانوادگی عضو را وارد کنید.";
    public const string NameTooLong = "نام عضو بیش از ۱۰۰ نویسه است.";
    public const string RegistrationRequired = "شماره ثبت تعاونی را وارد کنید.";
    public const string RegistrationDigits = "شماره ثبت باید فقط از رقم تشکیل شده باشد.";
    public const string SharesRequired = "مبلغ سهام را به ریال وارد کنید.";
    public const string SharesNotANumber = "مبلغ سهام باید عددی صحیح و بزرگ‌تر از صفر (به ریال) باشد.";
    public const string JoinedOnFormat = "تاریخ عضویت باید تاریخ شمسی درست به شکل ۱۳۹۸/۰۵/۱۲ باشد.";
    public const string JoinedOnFuture = "تاریخ عضویت نمی‌تواند در آینده باشد.";

    public const string SampleFileName = "members-import-sample.csv";

    /// <summary>A small file of the documented shape: the header and two rows (served to admins as the sample).</summary>
    public static string SampleCsv { get; } = string.Join("\r\n",
        string.Join(',', Columns.Select(c => c.Header)),
        "زنجان,۱۲۴۵,0084575948,علی رضایی,\"۲٬۵۰۰٬۰۰۰\",۱۳۹۹/۰۴/۱۵",
        "زنجان,۱۲۴۵,0013542419,مریم احمدی,1000000,") + "\r\n";

    public static byte[] SampleBytes() => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(SampleCsv)];
}
