using System.Globalization;
using CoopPortal.Domain.Common;

namespace CoopPortal.UnitTests.Domain;

public sealed class JalaliDateTests
{
    private static readonly PersianCalendar Calendar = new();

    private static DateOnly Gregorian(int year, int month, int day) =>
        DateOnly.FromDateTime(Calendar.ToDateTime(year, month, day, 0, 0, 0, 0));

    [Fact]
    public void Nowruz_1405_is_21_March_2026()
    {
        var nowruz = new DateOnly(2026, 3, 21);

        Assert.Equal("1405/01/01", JalaliDate.Format(nowruz));
        Assert.Equal(1405, JalaliDate.YearOf(nowruz));
        Assert.Equal(nowruz, JalaliDate.FromParts(1405, 1, 1));
        Assert.Equal(nowruz, JalaliDate.Parse("1405/01/01"));
    }

    [Fact]
    public void The_day_before_nowruz_belongs_to_the_previous_year()
    {
        var eve = new DateOnly(2026, 3, 20);

        Assert.Equal(1404, JalaliDate.YearOf(eve));
        Assert.StartsWith("1404/12/", JalaliDate.Format(eve), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u06F1\u06F4\u06F0\u06F5/\u06F0\u06F9/\u06F0\u06F2")] // ۱۴۰۵/۰۹/۰۲
    [InlineData("\u0661\u0664\u0660\u0665/\u0660\u0669/\u0660\u0662")] // ١٤٠٥/٠٩/٠٢
    [InlineData("1405/09/02")]
    [InlineData("1405-09-02")]
    [InlineData("1405.09.02")]
    [InlineData("1405/9/2")]
    [InlineData(" 1405 / 09 / 02 ")]
    public void Parse_accepts_any_digit_script_and_separator(string input)
    {
        var expected = Gregorian(1405, 9, 2);

        Assert.Equal(expected, JalaliDate.Parse(input));
    }

    [Fact]
    public void Format_and_parse_round_trip_over_two_years()
    {
        for (var date = new DateOnly(2025, 1, 1); date < new DateOnly(2027, 1, 1); date = date.AddDays(1))
        {
            var dt = date.ToDateTime(TimeOnly.MinValue);
            var expected = string.Create(CultureInfo.InvariantCulture,
                $"{Calendar.GetYear(dt):0000}/{Calendar.GetMonth(dt):00}/{Calendar.GetDayOfMonth(dt):00}");

            var formatted = JalaliDate.Format(date);

            Assert.Equal(expected, formatted);
            Assert.Equal(date, JalaliDate.Parse(formatted));
            Assert.Equal(date, JalaliDate.Parse(PersianDigits.ToPersian(formatted)));
        }
    }

    [Fact]
    public void Last_day_of_esfand_depends_on_the_leap_year()
    {
        var leap = Calendar.IsLeapYear(1405);

        Assert.Equal(leap ? Gregorian(1405, 12, 30) : null, JalaliDate.Parse("1405/12/30"));
        Assert.Equal(leap ? Gregorian(1405, 12, 30) : null, JalaliDate.FromParts(1405, 12, 30));
        Assert.Equal(Gregorian(1405, 12, 29), JalaliDate.Parse("1405/12/29"));
    }

    [Fact]
    public void Esfand_30_exists_in_a_leap_year_and_not_in_a_common_one()
    {
        var leapYear = Enumerable.Range(1400, 10).First(Calendar.IsLeapYear);
        var commonYear = Enumerable.Range(1400, 10).First(y => !Calendar.IsLeapYear(y));

        Assert.Equal(Gregorian(leapYear, 12, 30), JalaliDate.FromParts(leapYear, 12, 30));
        Assert.Null(JalaliDate.FromParts(commonYear, 12, 30));
    }

    [Theory]
    [InlineData("1405/13/01")] // no 13th month
    [InlineData("1405/00/10")]
    [InlineData("1405/12/31")] // Esfand never has 31 days
    [InlineData("1405/07/31")] // months 7..11 have 30 days
    [InlineData("1405/11/31")]
    [InlineData("1405/01/32")] // months 1..6 have 31 days
    [InlineData("1405/01/00")]
    [InlineData("0000/01/01")]
    public void Impossible_dates_return_null(string input)
    {
        Assert.Null(JalaliDate.Parse(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("garbage")]
    [InlineData("۱۴۰۵/مهر/۰۲")]
    [InlineData("1405/09")]
    [InlineData("1405/09/02/01")]
    [InlineData("14050902")]
    [InlineData("05/09/02")] // two-digit year
    [InlineData("02/09/1405")] // day first
    [InlineData("+1405/09/02")]
    [InlineData("1405/-9/02")]
    [InlineData("1405//02")]
    public void Garbage_returns_null(string? input)
    {
        Assert.Null(JalaliDate.Parse(input));
    }

    [Theory]
    [InlineData(1405, 7, 30, true)]
    [InlineData(1405, 6, 31, true)]
    [InlineData(1405, 7, 31, false)]
    [InlineData(1405, 0, 1, false)]
    [InlineData(1405, 13, 1, false)]
    [InlineData(1405, 1, 0, false)]
    [InlineData(0, 1, 1, false)]
    [InlineData(-1, 1, 1, false)]
    public void FromParts_returns_null_for_parts_that_do_not_make_a_date(int year, int month, int day, bool exists)
    {
        var result = JalaliDate.FromParts(year, month, day);

        Assert.Equal(exists, result is not null);
        if (exists)
        {
            Assert.Equal(Gregorian(year, month, day), result);
        }
    }
}
