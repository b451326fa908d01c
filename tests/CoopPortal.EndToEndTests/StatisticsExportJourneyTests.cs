using CoopPortal.Infrastructure.Seeding;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>The head of office downloads the whole statistics report as Excel from the menu at the top of /statistics.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatisticsExportJourneyTests(BrowserFixture browser)
{
    private static readonly string HeadCode = DemoAccounts.All.Single(a => a.Role == "HeadOfOffice").NationalCode;

    [Fact]
    public async Task The_head_of_office_downloads_the_report_as_an_excel_workbook()
    {
        var page = await browser.NewPageAsync();
        await page.LoginAsync(HeadCode, DemoAccounts.Password);
        await page.GotoAsync("statistics");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#stats-applications-by-status")).ToBeVisibleAsync();

        // By keyboard: Enter opens the menu, Escape closes it and gives the focus back to its button; the arrows reach
        // the workbook and Enter downloads it.
        var menu = page.Locator("#export-report button");
        var excel = page.Locator("a.export-xlsx");
        await menu.PressByKeyboardAsync();
        await Expect(excel).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape"); // at once, the button still focused
        await Expect(excel).ToBeHiddenAsync();
        await menu.ToHaveFocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[role=menuitem]:focus")).ToHaveCountAsync(1); // the list takes the focus
        await page.Keyboard.PressAsync("Escape");
        await Expect(excel).ToBeHiddenAsync();
        await menu.ToHaveFocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(excel).ToBeVisibleAsync();
        await page.CheckpointAsync("76-statistics-export-menu");
        for (var i = 0; i < 5 && !await excel.EvaluateAsync<bool>("e => e.contains(document.activeElement)"); i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await excel.ToHaveFocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.StartsWith("آمار زنجان ", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await using var file = File.OpenRead((await download.PathAsync())!);
        using var workbook = SpreadsheetDocument.Open(file, isEditable: false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.True(sheets.Count >= 6, $"{sheets.Count} sheets");
        var first = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[0].Id!)).Worksheet;
        Assert.True(first.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.RightToLeft!.Value);
        Assert.Equal("درخواست‌های تشکیل به تفکیک وضعیت", first.Descendants<Cell>().First().InnerText);
    }
}
