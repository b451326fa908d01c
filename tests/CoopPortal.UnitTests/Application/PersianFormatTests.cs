using System.Globalization;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Common;

namespace CoopPortal.UnitTests.Application;

public sealed class PersianFormatTests
{
    private const char PersianThousandsSeparator = '\u066C'; // ٬

    [Theory]
    [InlineData(1250000L, "\u06F1\u066C\u06F2\u06F5\u06F0\u066C\u06F0\u06F0\u06F0")] // ۱٬۲۵۰٬۰۰۰
    [InlineData(0L, "\u06F0")]
    [InlineData(999L, "\u06F9\u06F9\u06F9")]
    [InlineData(1000L, "\u06F1\u066C\u06F0\u06F0\u06F0")]
    public void Number_uses_persian_digits_and_the_persian_thousands_separator(long value, string expected)
    {
        var text = PersianFormat.Number(value);

        Assert.Equal(expected, text);
        Assert.DoesNotContain(',', text);
        Assert.DoesNotContain(text, c => c is >= '0' and <= '9');
    }

    [Fact]
    public void Number_of_1250000_reads_as_in_the_brief()
    {
        Assert.Equal("۱٬۲۵۰٬۰۰۰", PersianFormat.Number(1250000));
        Assert.Equal(2, PersianFormat.Number(1250000).Count(c => c == PersianThousandsSeparator));
    }

    [Fact]
    public void Date_of_a_dateonly_is_jalali_with_persian_digits()
    {
        Assert.Equal("۱۴۰۵/۰۱/۰۱", PersianFormat.Date(new DateOnly(2026, 3, 21)));
    }

    [Fact]
    public void Date_of_a_dateonly_matches_the_persian_calendar()
    {
        var calendar = new PersianCalendar();
        var date = new DateOnly(2026, 11, 23);
        var dt = date.ToDateTime(TimeOnly.MinValue);
        var expected = string.Create(CultureInfo.InvariantCulture,
            $"{calendar.GetYear(dt):0000}/{calendar.GetMonth(dt):00}/{calendar.GetDayOfMonth(dt):00}")
            .Replace('0', '۰').Replace('1', '۱').Replace('2', '۲').Replace('3', '۳').Replace('4', '۴')
            .Replace('5', '۵').Replace('6', '۶').Replace('7', '۷').Replace('8', '۸').Replace('9', '۹');

        Assert.Equal(expected, PersianFormat.Date(date));
    }

    [Fact]
    public void Date_of_a_utc_instant_uses_iran_time()
    {
        // 21:00 UTC on 20 March 2026 is 00:30 on 21 March in Tehran (+03:30): already 1405/01/01.
        var utc = new DateTime(2026, 3, 20, 21, 0, 0, DateTimeKind.Utc);

        Assert.Equal("۱۴۰۵/۰۱/۰۱", PersianFormat.Date(utc));
        Assert.Equal(new DateOnly(2026, 3, 21), PersianFormat.LocalDate(utc));
    }

    [Fact]
    public void Date_of_a_utc_instant_just_before_iranian_midnight_is_the_previous_day()
    {
        // 20:29 UTC is 23:59 in Tehran: still the last day of 1404.
        var utc = new DateTime(2026, 3, 20, 20, 29, 0, DateTimeKind.Utc);

        Assert.StartsWith("۱۴۰۴/۱۲/", PersianFormat.Date(utc), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 20), PersianFormat.LocalDate(utc));
    }

    [Fact]
    public void Unspecified_kind_is_treated_as_utc()
    {
        var unspecified = new DateTime(2026, 3, 20, 21, 0, 0, DateTimeKind.Unspecified);

        Assert.Equal("۱۴۰۵/۰۱/۰۱", PersianFormat.Date(unspecified));
    }

    [Theory]
    [InlineData(3, 20, 21, 0, "۱۴۰۵/۰۱/۰۱ ۰۰:۳۰")]
    [InlineData(11, 23, 10, 35, "۱۴۰۵/۰۹/۰۲ ۱۴:۰۵")]
    [InlineData(7, 1, 12, 0, "۱۴۰۵/۰۴/۱۰ ۱۵:۳۰")] // summer: still +03:30, Iran has no daylight saving since 2022
    public void DateTime_shows_jalali_date_and_iran_time(int month, int day, int hour, int minute, string expected)
    {
        var utc = new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

        Assert.Equal(expected, PersianFormat.DateTime(utc));
    }

    [Fact]
    public void Iran_time_zone_is_three_and_a_half_hours_ahead_all_year()
    {
        Assert.Equal(TimeSpan.FromMinutes(210), PersianFormat.TimeZone.GetUtcOffset(new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromMinutes(210), PersianFormat.TimeZone.GetUtcOffset(new DateTime(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Culture_is_fa_ir_with_the_persian_calendar()
    {
        var culture = PersianFormat.Culture;

        Assert.Equal("fa-IR", culture.Name);
        Assert.IsType<PersianCalendar>(culture.DateTimeFormat.Calendar);
        Assert.True(culture.IsReadOnly);
    }

    [Fact]
    public void Culture_formats_dates_in_the_jalali_calendar()
    {
        var text = new DateTime(2026, 3, 21, 12, 0, 0, DateTimeKind.Unspecified).ToString("yyyy/MM/dd", PersianFormat.Culture);

        Assert.Equal("1405/01/01", PersianDigits.ToAscii(text));
    }

    [Fact]
    public void Digits_shows_any_text_with_persian_digits()
    {
        Assert.Equal("کد ۰۰۷۶۲۲۹۶۴۵", PersianFormat.Digits("کد 0076229645"));
    }

    [Theory]
    [InlineData("1405/14/00001", "1405/14/00001")]
    [InlineData("۱۴۰۵/۱۴/۰۰۰۰۱", "1405/14/00001")] // stored or typed in Persian digits
    [InlineData("١٤٠٥-١٤-٠٠٠٠١", "1405-14-00001")] // Arabic-Indic
    [InlineData(" R۰۹ ", "R09")]
    [InlineData("K7TM-29QH", "K7TM-29QH")]
    [InlineData(null, "")]
    public void Code_writes_a_code_with_latin_digits_whatever_it_was_written_in(string? code, string expected)
    {
        Assert.Equal(expected, PersianFormat.Code(code));
    }

    [Fact]
    public void CodeInText_isolates_the_code_left_to_right_in_a_persian_sentence()
    {
        var text = $"تعاونی با شماره ثبت {PersianFormat.CodeInText("۱۴۰۵-۱۴-۰۰۰۰۱")} ثبت شد.";

        Assert.Equal("تعاونی با شماره ثبت \u20661405-14-00001\u2069 ثبت شد.", text);
        Assert.Equal(string.Empty, PersianFormat.CodeInText(" "));
    }

    [Theory]
    [InlineData(12.5, 1, "۱۲٫۵")]
    [InlineData(12.25, 1, "۱۲٫۳")] // half away from zero
    [InlineData(20.0, 1, "۲۰")] // no trailing zeros
    [InlineData(1250000.75, 2, "۱٬۲۵۰٬۰۰۰٫۷۵")]
    [InlineData(0.05, 0, "۰")]
    public void Number_with_decimals_uses_the_persian_decimal_and_thousands_separators(double value, int decimals, string expected)
    {
        var text = PersianFormat.Number((decimal)value, decimals);

        Assert.Equal(expected, text);
        Assert.DoesNotContain(text, c => c is '.' or ',' or (>= '0' and <= '9'));
    }

    [Theory]
    [InlineData("حقوق صاحبان سهام: -1,250,000 ریال", "حقوق صاحبان سهام: -۱٬۲۵۰٬۰۰۰ ریال")]
    [InlineData("مجمع عادی: 1404/05/12؛ نسبت 0.45.", "مجمع عادی: ۱۴۰۴/۰۵/۱۲؛ نسبت ۰٫۴۵.")] // a full stop after a number stays
    [InlineData("8 عضو، 9 نفر", "۸ عضو، ۹ نفر")]
    public void Quantities_writes_ascii_numbers_in_text_as_persian_quantities(string text, string expected)
    {
        Assert.Equal(expected, PersianFormat.Quantities(text));
    }

    [Theory]
    [InlineData(2026, 11, 22, "یکشنبه ۱ آذر ۱۴۰۵")]
    [InlineData(2026, 3, 21, "شنبه ۱ فروردین ۱۴۰۵")]
    [InlineData(2027, 3, 20, "شنبه ۲۹ اسفند ۱۴۰۵")]
    [InlineData(2026, 9, 23, "چهارشنبه ۱ مهر ۱۴۰۵")]
    public void LongDate_writes_weekday_day_month_name_and_year_in_Persian(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, PersianFormat.LongDate(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Today_is_the_date_in_Iran_not_in_UTC()
    {
        // 21:00 UTC on 2026-11-22 is already 00:30 on 2026-11-23 in Tehran (+03:30): دوشنبه ۲ آذر.
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 21, 0, 0, TimeSpan.Zero));
        Assert.Equal("دوشنبه ۲ آذر ۱۴۰۵", PersianFormat.Today(clock));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
