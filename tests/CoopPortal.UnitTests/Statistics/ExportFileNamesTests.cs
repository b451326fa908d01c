using CoopPortal.Application.Statistics.Export;

namespace CoopPortal.UnitTests.Statistics;

public sealed class ExportFileNamesTests
{
    [Theory]
    [InlineData(1405, "applications-by-status", ExportFormat.Xlsx, "statistics-1405-applications-by-status.xlsx")]
    [InlineData(1405, null, ExportFormat.Xlsx, "statistics-1405.xlsx")]
    [InlineData(1403, "  ", ExportFormat.Pdf, "statistics-1403.pdf")]
    [InlineData(1404, "Formed By/County", ExportFormat.Csv, "statistics-1404-formed-by-county.csv")]
    [InlineData(1404, "زنجان", ExportFormat.Csv, "statistics-1404.csv")]
    public void The_ascii_name_is_statistics_year_key(int year, string? key, ExportFormat format, string expected)
    {
        Assert.Equal(expected, ExportFileNames.Ascii(year, key, format));
    }

    [Fact]
    public void The_persian_name_carries_scope_year_and_title_in_persian_digits()
    {
        Assert.Equal("آمار زنجان ۱۴۰۵ - تعاونی‌های تشکیل‌شده در سال ۱۴۰۵.csv",
            ExportFileNames.Persian("زنجان", 1405, "تعاونی‌های تشکیل‌شده در سال 1405", ExportFormat.Csv));
        Assert.Equal("آمار کل کشور ۱۴۰۵.xlsx", ExportFileNames.Persian("کل کشور", 1405, null, ExportFormat.Xlsx));
    }

    [Fact]
    public void The_persian_name_has_no_path_characters_and_is_not_too_long()
    {
        var name = ExportFileNames.Persian("کهگیلویه و بویراحمد", 1405, "نسبت/درصد: \"الف\" <ب> | ج * د ? " + new string('ی', 200), ExportFormat.Pdf);

        Assert.DoesNotContain(name, c => "/\\:*?\"<>|".Contains(c, StringComparison.Ordinal));
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        Assert.True(name.Length <= ExportFileNames.MaxPersianLength + 4, name);
        Assert.StartsWith("آمار کهگیلویه و بویراحمد ۱۴۰۵ - نسبت درصد الف ب ج د ییی", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("XLSX", ExportFormat.Xlsx)]
    [InlineData("pdf", ExportFormat.Pdf)]
    [InlineData("docx", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Formats_are_read_from_the_address(string? text, ExportFormat? expected)
    {
        Assert.Equal(expected, ExportFormats.Parse(text));
    }
}
