using CoopPortal.Domain.Common;

namespace CoopPortal.UnitTests.Domain;

public sealed class UploadRulesTests
{
    [Theory]
    [InlineData("polyglot.html", "application/pdf", "polyglot.pdf")]
    [InlineData("invoice\u202Efdp.exe", "application/pdf", "invoicefdp.pdf")]
    [InlineData("scan.PDF", "application/pdf", "scan.PDF")]
    [InlineData("photo.jpeg", "image/jpeg", "photo.jpeg")]
    [InlineData("photo.png", "image/jpeg", "photo.jpg")]
    [InlineData("کارت ملی", "image/png", "کارت ملی.png")]
    [InlineData("..\\..\\etc\\passwd", "application/pdf", "passwd.pdf")]
    [InlineData(".htaccess", "image/png", "document.png")]
    [InlineData("\u202E", "application/pdf", "document.pdf")]
    [InlineData("name.tar.gz", "application/pdf", "name.tar.pdf")]
    public void A_stored_file_is_named_after_its_detected_type_without_invisible_characters(string typed, string detected, string expected)
    {
        Assert.Equal(expected, UploadRules.StoredFileName(typed, detected));
    }

    [Fact]
    public void A_long_name_keeps_the_detected_extension_within_the_limit()
    {
        var name = UploadRules.StoredFileName(new string('ب', 300) + ".html", "application/pdf");

        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        Assert.True(name.Length <= UploadRules.MaxFileNameLength);
    }

    [Fact]
    public void One_file_more_than_the_case_may_hold_is_refused_naming_the_limit_in_persian_digits()
    {
        var fifteen = Enumerable.Repeat(1024L, 15).ToList();

        Assert.Null(UploadRules.CheckCaseCap(fifteen.Take(14).ToList(), 1024, 15, long.MaxValue));
        var message = UploadRules.CheckCaseCap(fifteen, 1024, 15, long.MaxValue);
        Assert.NotNull(message);
        Assert.Contains("۱۵ فایل", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_would_pass_the_case_total_is_refused_naming_the_total()
    {
        const long mib = 1024 * 1024;
        IReadOnlyCollection<long> held = [10 * mib, 10 * mib];

        Assert.Null(UploadRules.CheckCaseCap(held, 5 * mib, 15, 25 * mib));
        var message = UploadRules.CheckCaseCap(held, (5 * mib) + 1, 15, 25 * mib);
        Assert.NotNull(message);
        Assert.Contains("۲۵ مگابایت", message, StringComparison.Ordinal);
    }
}
