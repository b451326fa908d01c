using System.Globalization;
using System.Text.RegularExpressions;
using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Common.Formatting;

/// <summary>
/// How values are shown to people: Jalali dates in Iran's time zone, quantities in Persian digits with Persian thousands
/// and decimal separators, codes in Latin digits (docs/glossary.md, «How things are written»). Storage stays UTC and
/// ASCII; this is the only place that turns them into display text.
/// </summary>
public static partial class PersianFormat
{
    private static readonly Lazy<TimeZoneInfo> IranTime = new(() =>
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Tehran");
        }
        catch (TimeZoneNotFoundException)
        {
            // Iran has used +03:30 all year since 2022 (no daylight saving).
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Tehran", TimeSpan.FromMinutes(210), "Iran", "Iran");
        }
    });

    /// <summary>The fa-IR culture with the Persian calendar set explicitly (fa-IR does not always default to it).</summary>
    public static CultureInfo Culture { get; } = CreateCulture();

    public static TimeZoneInfo TimeZone => IranTime.Value;

    /// <summary>The local date in Iran of a UTC instant.</summary>
    public static DateOnly LocalDate(System.DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone));

    /// <summary>۱۴۰۵/۰۹/۰۲</summary>
    public static string Date(DateOnly date) => PersianDigits.ToPersian(JalaliDate.Format(date));

    /// <summary>A UTC instant as its Jalali date in Iran, e.g. ۱۴۰۵/۰۹/۰۲.</summary>
    public static string Date(System.DateTime utc) => Date(LocalDate(utc));

    /// <summary>A UTC instant as Jalali date and Iran time, e.g. ۱۴۰۵/۰۹/۰۲ ۱۴:۰۵.</summary>
    public static string DateTime(System.DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);
        return PersianDigits.ToPersian(string.Create(CultureInfo.InvariantCulture,
            $"{JalaliDate.Format(DateOnly.FromDateTime(local))} {local:HH\\:mm}"));
    }

    /// <summary>A UTC instant as the time of day in Iran, e.g. ۱۴:۰۵.</summary>
    public static string Time(System.DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);
        return PersianDigits.ToPersian(local.ToString("HH\\:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>A date written out, e.g. سه‌شنبه ۴ آذر ۱۴۰۵.</summary>
    public static string LongDate(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        var calendar = (PersianCalendar)Culture.DateTimeFormat.Calendar;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{WeekdayNames[(int)dt.DayOfWeek]} {calendar.GetDayOfMonth(dt)} {MonthNames[calendar.GetMonth(dt) - 1]} {calendar.GetYear(dt)}");
        return PersianDigits.ToPersian(text);
    }

    /// <summary>Today in Iran, written out.</summary>
    public static string Today(TimeProvider clock) => LongDate(LocalDate((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime));

    private static readonly string[] MonthNames =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    private static readonly string[] WeekdayNames =
        ["یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه"];

    /// <summary>An integer with Persian digits and the Persian thousands separator (٬), e.g. ۱٬۲۵۰٬۰۰۰.</summary>
    public static string Number(long value) => PersianNumbers.Format(value);

    /// <summary>A number with at most <paramref name="decimals"/> decimals, e.g. ۱۲٫۵ (٫ as the decimal point).</summary>
    public static string Number(decimal value, int decimals) => PersianNumbers.Format(value, decimals);

    /// <summary>
    /// Text that is a quantity or holds quantities (a year, a size, a person's typed number), with its digits shown in
    /// Persian. Not for codes: <see cref="Code"/>.
    /// </summary>
    public static string Digits(string? text) => PersianDigits.ToPersian(text);

    /// <summary>
    /// Text written with ASCII quantities (a risk rule's evidence: «1,250,000 ریال», «1405/03/31», «12.5»), shown as
    /// quantities: Persian digits, «٬» for a comma and «٫» for a point between two digits. Not for text holding codes.
    /// </summary>
    public static string Quantities(string? text) => QuantitySeparators().Replace(PersianDigits.ToPersian(text),
        m => m.ValueSpan[0] == ',' ? PersianNumbers.ThousandsSeparator.ToString() : PersianNumbers.DecimalSeparator.ToString());

    [GeneratedRegex("(?<=[۰-۹])[,.](?=[۰-۹])")]
    private static partial Regex QuantitySeparators();

    /// <summary>
    /// A code (کد رهگیری, شماره ثبت, شماره موافقت‌نامه, a rule's id such as R09, شناسه خطا): an identifier, not a
    /// quantity, so its digits are Latin whatever script it was typed or stored in, e.g. 1405/14/00001. Pages show it
    /// left to right in a font whose digits are Latin (the <c>CodeText</c> component, the documents' <c>ltr</c> class).
    /// </summary>
    public static string Code(string? code) => PersianDigits.ToAscii(code).Trim();

    /// <summary>
    /// A code inside a sentence of plain text (a notification and its e-mail, a message): <see cref="Code"/> between the
    /// Unicode isolates LRI and PDI, the plain-text form of <c>&lt;bdi dir="ltr"&gt;</c>, so it reads left to right in the
    /// Persian sentence; the portal's pages draw such a run as a code (<c>TextWithCodes</c>). Empty when there is no code.
    /// </summary>
    public static string CodeInText(string? code) => Code(code) is { Length: > 0 } c ? CodeStart + c + CodeEnd : string.Empty;

    /// <summary>LEFT-TO-RIGHT ISOLATE (U+2066): where <see cref="CodeInText"/> starts a code.</summary>
    public const char CodeStart = '\u2066';

    /// <summary>POP DIRECTIONAL ISOLATE (U+2069): where <see cref="CodeInText"/> ends a code.</summary>
    public const char CodeEnd = '\u2069';

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("fa-IR").Clone();
        culture.DateTimeFormat.Calendar = new PersianCalendar();
        culture.DateTimeFormat.ShortestDayNames = ["ی", "د", "س", "چ", "پ", "ج", "ش"];
        culture.DateTimeFormat.AbbreviatedDayNames = ["ی", "د", "س", "چ", "پ", "ج", "ش"];
        return CultureInfo.ReadOnly(culture);
    }
}
