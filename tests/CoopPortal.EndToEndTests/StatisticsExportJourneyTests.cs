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

        await page.Locator("#export-report button").ClickAsync();
        var excel = page.Locator("a.export-xlsx");
        await Expect(excel).ToBeVisibleAsync();
        await page.CheckpointAsync("76-statistics-export-menu");
        var download = await page.RunAndWaitForDownloadAsync(() => excel.ClickAsync());

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
