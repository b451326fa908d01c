using System.Text;
using CoopPortal.Infrastructure.Seeding;
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
        var number = TestNumbers.RegistrationNumber();
        var manager = TestNationalCodes.Next();
        const string header = "نام تعاونی,شماره ثبت,تاریخ ثبت,شناسه ملی,استان,شهرستان,نوع فعالیت,تعداد اعضا,سرمایه (ریال),کد ملی مدیرعامل,نام مدیرعامل,پایان دوره هیئت مدیره";
        var good = $"تعاونی فرش دستباف ماهنشان {number},{number},1388/06/01,,زنجان,ماهنشان,تولیدی,31,4500000000,{manager},رضا حسینی,1406/06/31";
        var bad = $"تعاونی مرغداران خرمدره {number},{number}1,1391/02/10,,زنجان,خرمدره,تولیدی,12,900000000,1234567890,زهرا محمدی,";

        var page = await browser.NewPageAsync();
        await page.LoginAsync(AdminCode, DemoAccounts.Password);
        await page.GotoKeepingContentAsync("admin/cooperatives/import");

        await UploadAsync(page, "cooperatives.csv", header + "\n" + good + "\n" + bad + "\n");
        var errors = page.Locator("#import-errors");
        await Expect(errors).ToContainTextAsync("۳");
        await Expect(errors).ToContainTextAsync("کد ملی مدیرعامل");
        await Expect(page.Locator("#import-success")).ToHaveCountAsync(0);
        await page.CheckpointAsync("68-import-refused");

        var fixedFile = $"cooperatives-fixed-{number}.csv";
        await UploadAsync(page, fixedFile, header + "\n" + good + "\n");
        await Expect(page.Locator("#import-success")).ToContainTextAsync("۱");
        // The import is recorded: who, which file, how many of which province; the refused file is not.
        var imported = page.Locator("#import-history tr.import-history-row").Filter(new LocatorFilterOptions { HasText = fixedFile });
        await Expect(imported).ToContainTextAsync("ورود ۱ تعاونی");
        await Expect(imported).ToContainTextAsync("زنجان: ۱");
        await Expect(imported).ToContainTextAsync(DemoAccounts.All.Single(a => a.Role == "Admin").FullName);
        await page.CheckpointAsync("69-import-done");

        // Registered in 1388 and never declared: the compliance list shows it as possibly dormant.
        // The list is searched by name (here with an Arabic yeh and a space missing, as people type) or registration number.
        await page.GotoKeepingContentAsync("office/compliance");
        await page.Locator("#compliance-search").FillAsync($"تعاونی فرش دستبافماهنشان {number}".Replace('ی', 'ي'));
        var row = page.Locator("tr.compliance-row").Filter(new LocatorFilterOptions { HasText = $"تعاونی فرش دستباف ماهنشان {number}" });
        await Expect(row).ToContainTextAsync("احتمالاً راکد");
        await Expect(page.Locator("tr.compliance-row")).ToHaveCountAsync(1);
        await page.CheckpointAsync("70-compliance");
    }

    private static async Task UploadAsync(IPage page, string name, string csv)
    {
        var payload = new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)],
        };

        // InputFile wires its change handler from script after the first interactive render; a file chosen before that
        // moment is not seen, so choose it again until the page shows it (a person never beats the script).
        var chosen = page.Locator("#import-file-name").Filter(new LocatorFilterOptions { HasText = name });
        for (var attempt = 0; attempt < 5 && await chosen.CountAsync() == 0; attempt++)
        {
            await page.Locator("#import-file input[type=file]").SetInputFilesAsync(payload);
            try
            {
                await chosen.WaitForAsync(new LocatorWaitForOptions { Timeout = 2000 });
            }
            catch (TimeoutException)
            {
            }
        }

        await Expect(chosen).ToBeVisibleAsync();
        await page.Locator("#import-run").ClickAsync();
    }
}
