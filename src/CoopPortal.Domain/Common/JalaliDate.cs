using System.Globalization;

namespace CoopPortal.Domain.Common;

/// <summary>Solar Hijri (Jalali) calendar conversions. Dates are kept as <see cref="DateOnly"/> (Gregorian) in storage.</summary>
public static class JalaliDate
{
    private static readonly PersianCalendar Calendar = new();

    /// <summary>Formats a date as yyyy/MM/dd in the Jalali calendar with ASCII digits.</summary>
    public static string Format(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Calendar.GetYear(dt):0000}/{Calendar.GetMonth(dt):00}/{Calendar.GetDayOfMonth(dt):00}");
    }

    /// <summary>The Jalali year of a date (the fiscal year of cooperatives, unless their bylaws say otherwise).</summary>
    public static int YearOf(DateOnly date) => Calendar.GetYear(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>Builds a Gregorian date from Jalali parts; null when the parts do not make a date.</summary>
    public static DateOnly? FromParts(int year, int month, int day)
    {
        if (year is < 1 or > 9377 || month is < 1 or > 12 || day < 1 || day > Calendar.GetDaysInMonth(year, month))
        {
            return null;
        }

        return DateOnly.FromDateTime(Calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
    }

    /// <summary>
    /// Parses yyyy/MM/dd (or with - or .) in any digit script, e.g. ۱۴۰۵/۰۹/۰۲. Returns null when it is not a real date.
    /// </summary>
    public static DateOnly? Parse(string? input)
    {
        var text = PersianDigits.ToAscii(input).Trim();
        var parts = text.Split(['/', '-', '.'], StringSplitOptions.TrimEntries);
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || parts[0].Length != 4)
        {
            return null;
        }

        return FromParts(year, month, day);
    }

    /// <summary>The same Jalali day some years later (30 Esfand becomes 29 Esfand in a common year): birthdays, terms.</summary>
    public static DateOnly AddYears(DateOnly date, int years)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        var year = Calendar.GetYear(dt) + years;
        var month = Calendar.GetMonth(dt);
        var day = Math.Min(Calendar.GetDayOfMonth(dt), Calendar.GetDaysInMonth(year, month));
        return FromParts(year, month, day)!.Value;
    }

    /// <summary>
    /// The same Jalali day some months later, clamped to the month's length; the last day of a month stays the last day
    /// (the end of Esfand plus four months is 31 Tir: "within four months after the year ends").
    /// </summary>
    public static DateOnly AddMonths(DateOnly date, int months)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        var (fromYear, fromMonth, fromDay) = (Calendar.GetYear(dt), Calendar.GetMonth(dt), Calendar.GetDayOfMonth(dt));
        var index = (fromYear * 12) + fromMonth - 1 + months;
        var year = index / 12;
        var month = (index % 12) + 1;
        var lastDay = Calendar.GetDaysInMonth(year, month);
        var day = fromDay == Calendar.GetDaysInMonth(fromYear, fromMonth) ? lastDay : Math.Min(fromDay, lastDay);
        return FromParts(year, month, day)!.Value;
    }
}
