using System.Text;
using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Registry.Import;

/// <summary>
/// The documented CSV format of the import of existing cooperatives (docs/csv-import.md): UTF-8 with or without BOM,
/// comma-separated, quoting as RFC 4180, a header row with the Persian column names below, one cooperative a row.
/// </summary>
public static class CooperativeImportFormat
{
    /// <summary>Largest accepted file: 5 MB (tens of thousands of rows).</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>At most this many errors are returned; the total is reported too.</summary>
    public const int MaxReportedErrors = 200;

    /// <summary>The fewest members an imported cooperative may have. The law's 7 applies to new ones; older ones may have fewer.</summary>
    public const int MinimumMembers = 1;

    public static readonly ImportColumn Name = new("نام تعاونی", true, "نام ثبت‌شده‌ی تعاونی");
    public static readonly ImportColumn RegistrationNumber = new("شماره ثبت", true, "فقط رقم (فارسی یا انگلیسی)؛ در هر استان یکتا");
    public static readonly ImportColumn RegisteredOn = new("تاریخ ثبت", true, "تاریخ شمسی به شکل ۱۳۹۸/۰۵/۱۲؛ نه در آینده");
    public static readonly ImportColumn CompanyNationalId = new("شناسه ملی", false, "۱۱ رقم با رقم کنترل درست؛ یکتا");
    public static readonly ImportColumn Province = new("استان", true, "نام استان، همان‌گونه که در سامانه آمده است");
    public static readonly ImportColumn County = new("شهرستان", false, "نام شهرستانی از همان استان");
    public static readonly ImportColumn ActivityType = new("نوع فعالیت", false, "تولیدی، توزیعی یا چندمنظوره");
    public static readonly ImportColumn MembersCount = new("تعداد اعضا", true, "عدد صحیح، دست‌کم ۱", "تعداد عضو");
    public static readonly ImportColumn Capital = new("سرمایه (ریال)", true, "عدد صحیح مثبت به ریال؛ جداکننده‌ی هزارگان , یا ٬ مجاز است", "سرمایه", "سرمایه ریال");
    public static readonly ImportColumn ManagerNationalCode = new("کد ملی مدیرعامل", true, "کد ملی ۱۰ رقمی معتبر؛ حساب کاربری با همین کد ملی مدیر تعاونی می‌شود", "کد ملی مدیر عامل");
    public static readonly ImportColumn ManagerFullName = new("نام مدیرعامل", true, "نام و نام خانوادگی مدیرعامل", "نام مدیر عامل");
    public static readonly ImportColumn BoardTermEndsOn = new("پایان دوره هیئت مدیره", false, "تاریخ شمسی؛ نه پیش از تاریخ ثبت", "پایان دوره هیأت مدیره", "پایان دوره هیات مدیره");

    /// <summary>The columns in their documented order (the order of the sample file; any order is accepted).</summary>
    public static IReadOnlyList<ImportColumn> Columns { get; } =
    [
        Name, RegistrationNumber, RegisteredOn, CompanyNationalId, Province, County, ActivityType, MembersCount, Capital,
        ManagerNationalCode, ManagerFullName, BoardTermEndsOn,
    ];

    public const string SampleFileName = "cooperatives-import-sample.csv";

    /// <summary>A small valid file: the header and two rows (served to admins as the sample to download).</summary>
    public static string SampleCsv { get; } = string.Join("\r\n",
        string.Join(',', Columns.Select(c => Quote(c.Header))),
        "تعاونی مصرف کارکنان اداره آموزش و پرورش ابهر,۱۲۴۵,۱۳۸۲/۰۴/۱۵,,زنجان,ابهر,توزیعی,۴۸,\"۱۲٬۵۰۰٬۰۰۰٬۰۰۰\",0084575948,علی رضایی,۱۴۰۶/۰۳/۳۱",
        "تعاونی تولیدی فرش دستباف سلطانیه,987,1395/11/02,,زنجان,سلطانیه,تولیدی,12,\"850,000,000\",0013542419,مریم احمدی,") + "\r\n";

    /// <summary>The sample as bytes: UTF-8 with a BOM, so spreadsheet programs open the Persian text correctly.</summary>
    public static byte[] SampleBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(SampleCsv)];

    /// <summary>How header cells are compared: Persian letters (ی/ک), no spaces, ZWNJ or parentheses.</summary>
    internal static string HeaderKey(string header) =>
        new([.. PersianText.ComparisonKey(header).Where(c => c is not ('(' or ')'))]);

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;
}
