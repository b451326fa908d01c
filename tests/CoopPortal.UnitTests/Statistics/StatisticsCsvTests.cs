using System.Text;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Application.Statistics.Export;
using CsvHelper;

namespace CoopPortal.UnitTests.Statistics;

/// <summary>The CSV layout, read back with CsvHelper: BOM, title row, then each table under its title.</summary>
public sealed class StatisticsCsvTests
{
    // 10:35 UTC on 24 October 2026 is 14:05 on 1405/08/02 in Tehran.
    private static readonly DateTime Generated = new(2026, 10, 24, 10, 35, 0, DateTimeKind.Utc);

    private static readonly ReportTable ByOrientation = new(
        "by-orientation", "تعاونی‌ها به تفکیک گرایش",
        [new("گرایش"), new("تعداد", ReportColumnKind.Number), new("اعضا", ReportColumnKind.Number), new("میانگین مدت بررسی (روز)", ReportColumnKind.Days), new("آخرین ثبت", ReportColumnKind.Date)],
        [
            ["تولیدی", 12L, 340L, 3.25, new DateOnly(2026, 10, 24)],
            ["=خدماتی", 3L, 41L, null, null],
        ],
        ["جمع", 15L, 381L, 3.0, null]);

    private static readonly ReportTable Empty = new("empty", "جدول خالی", [new("وضعیت"), new("تعداد", ReportColumnKind.Number)], [], ["جمع", 0L]);

    private static List<string[]> Read(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes.AsMemory(3), CsvReaderOptions.Default with { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? string.Empty).ToArray());
        }

        return rows;
    }

    [Fact]
    public void Tables_follow_the_title_row_each_under_its_title_with_ascii_numbers()
    {
        var report = new StatisticsReport("زنجان", 1405, Generated, [ByOrientation, Empty]);

        var bytes = StatisticsCsv.Write(report, report.Tables);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = Read(bytes);
        Assert.All(rows, r => Assert.Equal(5, r.Length));
        Assert.Equal(["آمار و گزارش‌ها", "محدوده: زنجان", "سال: 1405", "تهیه‌شده در 1405/08/02 14:05 به وقت ایران", ""], rows[0]);
        Assert.All(rows[1], c => Assert.Equal(string.Empty, c));
        Assert.Equal("تعاونی‌ها به تفکیک گرایش", rows[2][0]);
        Assert.Equal(["گرایش", "تعداد", "اعضا", "میانگین مدت بررسی (روز)", "آخرین ثبت"], rows[3]);
        Assert.Equal(["تولیدی", "12", "340", "3.3", "1405/08/02"], rows[4]);
        Assert.Equal(["'=خدماتی", "3", "41", "", ""], rows[5]);
        Assert.Equal(["جمع", "15", "381", "3.0", ""], rows[6]);
        Assert.Equal("جدول خالی", rows[8][0]);
        Assert.Equal(["وضعیت", "تعداد", "", "", ""], rows[9]);
        Assert.Equal(["جمع", "0", "", "", ""], rows[10]);
        Assert.Equal(11, rows.Count);
    }
}
