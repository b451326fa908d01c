using System.Globalization;
using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Common.Formatting;

/// <summary>
/// How values are shown to people: Jalali dates in Iran's time zone, Persian digits, Persian thousands separators.
/// Storage stays UTC and ASCII; this is the only place that turns them into display text.
/// </summary>
public static class PersianFormat
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

    /// <summary>Any text with its digits shown in Persian.</summary>
    public static string Digits(string? text) => PersianDigits.ToPersian(text);

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("fa-IR").Clone();
        culture.DateTimeFormat.Calendar = new PersianCalendar();
        culture.DateTimeFormat.ShortestDayNames = ["ی", "د", "س", "چ", "پ", "ج", "ش"];
        culture.DateTimeFormat.AbbreviatedDayNames = ["ی", "د", "س", "چ", "پ", "ج", "ش"];
        return CultureInfo.ReadOnly(culture);
    }
}
