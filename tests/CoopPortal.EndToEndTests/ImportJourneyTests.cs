using System.Text;
using CoopPortal.Infrastructure.Persistence.Seeding;
using CoopPortal.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// The admin imports existing cooperatives in Chromium: a file with one bad row is refused whole, with the row, the
/// column and the reason in Persian; the corrected file is imported.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportJourneyTests(BrowserFixture browser)
{
    private static readonly string AdminCode = DemoAccounts.All.Single(a => a.Role == "Admin").NationalCode;

    [Fact]
    public async Task A_file_with_a_bad_row_is_refused_with_its_reasons_and_the_corrected_file_is_imported()
    {
        var number = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var manager = TestNationalCodes.Next();
        const string header = "نام تعاونی,شماره ثبت,تاریخ ثبت,شناسه ملی,استان,شهرستان,نوع فعالیت,تعداد اعضا,سرمایه (ریال),کد ملی مدیرعامل,نام مدیرعامل,پایان دوره هیئت مدیره";
        var good = $"تعاونی فرش دستباف ماهنشان {number},{number},1388/06/01,,زنجان,ماهنشان,تولیدی,31,4500000000,{manager},رضا حسینی,1406/06/31";
        var bad = $"تعاونی مرغداران خرمدره {number},{number}1,1391/02/10,,زنجان,خرمدره,تولیدی,12,900000000,1234567890,زهرا محمدی,";

        var page = await browser.NewPageAsync();
        await page.LoginAsync(AdminCode, DemoAccounts.Password);
        await page.GotoAsync("admin/cooperatives/import");
        await page.WaitForInteractiveAsync();

        await UploadAsync(page, "cooperatives.csv", header + "\n" + good + "\n" + bad + "\n");
        var errors = page.Locator("#import-errors");
        await Expect(errors).ToContainTextAsync("۳");
        await Expect(errors).ToContainTextAsync("کد ملی مدیرعامل");
        await Expect(page.Locator("#import-success")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("68-import-refused");

        await UploadAsync(page, "cooperatives-fixed.csv", header + "\n" + good + "\n");
        await Expect(page.Locator("#import-success")).ToContainTextAsync("۱");
        await page.ScreenshotAsync("69-import-done");
    }

    private static async Task UploadAsync(IPage page, string name, string csv)
    {
        await page.Locator("#import-file input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)],
        });
        await Expect(page.Locator("#import-file-name")).ToContainTextAsync(name);
        await page.Locator("#import-run").ClickAsync();
    }
}
