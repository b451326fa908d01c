using CoopPortal.Infrastructure.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// The admin renames an orientation in Chromium: a title another orientation already has is refused in Persian under
/// the field and nothing is saved; a new title is saved, listed, and audited with the admin's name and the old and new
/// title. The test puts the title back. The admin also adds a document kind required of every application, which a
/// citizen's draft then asks for; the test retires it at the end.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReferenceDataJourneyTests(BrowserFixture browser)
{
    private const string Original = "مرزنشینان";
    private const string Renamed = "مرزنشینان و مناطق مرزی";
    private static readonly string AdminCode = DemoAccounts.All.Single(a => a.Role == "Admin").NationalCode;

    [Fact]
    public async Task An_admin_renames_an_orientation_with_validation_and_sees_the_audit_line()
    {
        var page = await browser.NewPageAsync();
        await page.LoginAsync(AdminCode, DemoAccounts.Password);
        await page.GotoKeepingContentAsync("admin/reference-data");
        var row = page.Locator("#orientation-row-border-residents");
        await Expect(row).ToContainTextAsync(Original);
        try
        {
            await page.Locator("#orientation-edit-border-residents").PressByKeyboardAsync();
            await page.Locator("#orientation-title").TypeByKeyboardAsync("كشاورزي"); // Arabic kaf and yeh: the same title as «کشاورزی»
            await page.Locator("#orientation-save").PressByKeyboardAsync();
            await Expect(page.Locator("#orientation-editor")).ToContainTextAsync("عنوان «کشاورزی» پیش از این برای مورد دیگری به کار رفته است");
            await Expect(page.Locator("#refdata-saved")).ToHaveCountAsync(0);
            await page.CheckpointAsync("74-reference-data-refused");

            await page.Locator("#orientation-title").TypeByKeyboardAsync(Renamed);
            await page.Locator("#orientation-save").PressByKeyboardAsync();
            await Expect(page.Locator("#refdata-saved")).ToBeVisibleAsync();
            await Expect(row).ToContainTextAsync(Renamed);
            var auditLine = page.Locator("#refdata-audit tbody tr").First;
            await Expect(auditLine).ToContainTextAsync("مدیر سامانه");
            await Expect(auditLine).ToContainTextAsync($"از «{Original}» به «{Renamed}»");
            await page.CheckpointAsync("75-reference-data-saved");
        }
        finally
        {
            await page.GotoAsync("admin/reference-data");
            await page.WaitForInteractiveAsync();
            if ((await row.InnerTextAsync()).Contains(Renamed, StringComparison.Ordinal))
            {
                await page.Locator("#orientation-edit-border-residents").ClickAsync();
                await TypeTitleAsync(page, Original);
                await page.Locator("#orientation-save").ClickAsync();
                await Expect(page.Locator("#refdata-saved")).ToBeVisibleAsync();
            }

            await Expect(row).Not.ToContainTextAsync(Renamed);
        }
    }

    [Fact]
    public async Task An_admin_adds_a_required_document_kind_and_a_citizen_is_asked_for_it()
    {
        var title = "گواهی عدم سوء پیشینه " + new string(Enumerable.Range(0, 3).Select(_ => "ابپتجچدرزسشفقلمنه"[Random.Shared.Next(17)]).ToArray());
        var admin = await browser.NewPageAsync();
        await admin.LoginAsync(AdminCode, DemoAccounts.Password);
        await admin.GotoAsync("admin/reference-data");
        await admin.WaitForInteractiveAsync();
        await admin.ChooseTabByKeyboardAsync("انواع مدارک");
        await admin.Locator("#document-add").PressByKeyboardAsync();
        await admin.Locator("#document-title").TypeByKeyboardAsync(title.Replace('ی', 'ي')); // as an Arabic keyboard types it
        await admin.Locator("#document-description").TypeByKeyboardAsync("از سامانه سخا، برای هر سه عضو هیئت مؤسس.");
        await admin.Locator("#document-required").TickByKeyboardAsync();
        await admin.CheckpointAsync("80-document-kind-adding");
        await admin.Locator("#document-save").PressByKeyboardAsync();
        await Expect(admin.Locator("#refdata-saved")).ToContainTextAsync("نوع مدرک تازه افزوده شد");
        var row = admin.Locator("#documents-table tbody tr").Filter(new() { HasText = title });
        await Expect(row).ToContainTextAsync("لازم در همه‌ی درخواست‌ها");
        await Expect(admin.Locator("#refdata-audit tbody tr").First).ToContainTextAsync($"نوع مدرک تازه‌ی «{title}» افزوده شد");
        var code = (await row.GetAttributeAsync("id"))!["document-row-".Length..];
        try
        {
            var citizen = await browser.NewPageAsync();
            var person = Citizen.Create();
            await citizen.RegisterAsync(person);
            await citizen.LoginAsync(person.NationalCode, person.Password);
            await Expect(citizen).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
            var application = await citizen.StartApplicationAsync();
            await citizen.OpenSectionAsync(application, "documents");
            var card = citizen.Locator($"#documents-{code}");
            await Expect(card).ToContainTextAsync(title);
            await Expect(card).Not.ToContainTextAsync("(اختیاری)");
            await Expect(citizen.Locator($"#documents-help-{code}")).ToHaveTextAsync("از سامانه سخا، برای هر سه عضو هیئت مؤسس.");
            await Expect(citizen.Locator("#main")).ToContainTextAsync($"{title} را بارگذاری کنید.");
            await citizen.CheckpointAsync("81-citizen-asked-for-added-kind");
            await citizen.UploadAsync(code, "گواهی.pdf", "application/pdf", FormationPages.Pdf);
            await Expect(card).ToContainTextAsync("گواهی.pdf");
            await Expect(citizen.Locator("#main")).Not.ToContainTextAsync($"{title} را بارگذاری کنید.");
        }
        finally
        {
            // Retired and optional again, so later journeys never meet it.
            await admin.GotoAsync("admin/reference-data");
            await admin.WaitForInteractiveAsync();
            await admin.GetByRole(AriaRole.Tab, new() { Name = "انواع مدارک" }).ClickAsync();
            await admin.Locator($"#document-edit-{code}").ClickAsync();
            await admin.Locator("#document-active").UncheckAsync();
            await admin.Locator("#document-required").UncheckAsync();
            await admin.Locator("#document-save").ClickAsync();
            await Expect(admin.Locator("#refdata-saved")).ToBeVisibleAsync();
            await Expect(row).ToContainTextAsync("غیرفعال");
        }
    }

    /// <summary>Types the title and leaves the field, so the circuit holds the value before the save is clicked.</summary>
    private static async Task TypeTitleAsync(IPage page, string title)
    {
        var field = page.Locator("#orientation-title");
        await field.TypeAndLeaveAsync(title);
    }
}
