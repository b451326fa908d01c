using CoopPortal.Infrastructure.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 18 point 8: the footer of every page (the static layout, the account pages, an interactive page) leads by
/// keyboard to the help, contact, privacy and accessibility pages, each checked by axe at desktop size and 390 px; an
/// admin records the Zanjan office's contact details and a visitor finds them on the contact page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FooterJourneyTests(BrowserFixture browser)
{
    private const string Address = "زنجان، خیابان سعدی وسط، اداره کل تعاون، کار و رفاه اجتماعی";
    private static readonly string AdminCode = DemoAccounts.All.Single(a => a.Role == "Admin").NationalCode;

    /// <summary>Follows a footer link by keyboard (Tab to it, Enter) and waits for the page it names.</summary>
    private static async Task FollowFooterLinkAsync(IPage page, string link, string path, string heading)
    {
        await Expect(page.GetByRole(AriaRole.Contentinfo)).ToHaveCountAsync(1);
        await page.Locator($"#footer-{link}").PressByKeyboardAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/{path}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
    }

    [Fact]
    public async Task Help_privacy_and_accessibility_are_reached_by_keyboard_from_the_footer_of_every_kind_of_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("");
        await FollowFooterLinkAsync(page, "help", "help", "راهنمای سامانه");
        await page.CheckpointAsync("footer-01-help");
        await FollowFooterLinkAsync(page, "privacy", "privacy", "بیانیه حریم خصوصی");
        await page.CheckpointAsync("footer-02-privacy");
        await FollowFooterLinkAsync(page, "accessibility", "accessibility", "بیانیه دسترس‌پذیری");
        await Expect(page.Locator("#a11y-date-value")).ToContainTextAsync("۱۴۰۵");
        await page.CheckpointAsync("footer-03-accessibility");

        // An account page (static, its own layout without MudBlazor).
        await page.GotoAsync("Account/Login");
        await FollowFooterLinkAsync(page, "help", "help", "راهنمای سامانه");

        // An interactive page of a signed-in citizen: the footer is the layout's, outside the page's island.
        var (citizen, _) = await browser.SignedInCitizenAsync();
        await citizen.WaitForInteractiveAsync();
        await FollowFooterLinkAsync(citizen, "accessibility", "accessibility", "بیانیه دسترس‌پذیری");
        await Expect(citizen.Locator("#account-menu")).ToBeVisibleAsync(); // still signed in: the pages are public, not signed-out
    }

    [Fact]
    public async Task An_admin_records_the_Zanjan_office_and_a_visitor_finds_it_on_the_contact_page_by_keyboard()
    {
        var admin = await browser.NewPageAsync();
        await admin.LoginAsync(AdminCode, DemoAccounts.Password);
        await admin.GotoAsync("admin/reference-data");
        await admin.WaitForInteractiveAsync();
        await admin.ChooseTabByKeyboardAsync("ادارات کل استان‌ها");
        await admin.Locator("#office-edit-14").PressByKeyboardAsync();
        await admin.Locator("#office-address").TypeByKeyboardAsync(Address);
        await admin.Locator("#office-phone").TypeByKeyboardAsync("۰۲۴-۳۳۴۲۱۲۳۴، ۰۲۴-۳۳۴۲۱۲۳۵");
        await admin.Locator("#office-hours").TypeByKeyboardAsync("شنبه تا چهارشنبه، ساعت ۷:۳۰ تا ۱۴:۳۰");
        await admin.CheckpointAsync("footer-04-office-editing");
        await admin.Locator("#office-save").PressByKeyboardAsync();
        await Expect(admin.Locator("#refdata-saved")).ToContainTextAsync("اطلاعات تماس اداره کل تعاون استان زنجان ذخیره شد");
        await Expect(admin.Locator("#office-row-14")).ToContainTextAsync("024-33421234, 024-33421235");
        await Expect(admin.Locator("#refdata-audit tbody tr").First).ToContainTextAsync("اطلاعات تماس اداره کل تعاون استان زنجان");
        await admin.CheckpointAsync("footer-05-office-saved");

        var page = await browser.NewPageAsync();
        await page.GotoAsync("");
        await FollowFooterLinkAsync(page, "contact", "contact", "تماس با اداره کل تعاون استان");
        await page.CheckpointAsync("footer-06-contact");

        await page.Locator("#province").TabToAsync();
        await page.Locator("#province").SelectOptionAsync("14");
        await page.Locator("#province-show").PressByKeyboardAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/contact\\?province=14(#office)?$"));
        await Expect(page.Locator("#office h2")).ToHaveTextAsync("اداره کل تعاون استان زنجان");
        await Expect(page.Locator("#office-address")).ToHaveTextAsync(Address);
        await Expect(page.Locator("#office-phone a").First).ToHaveAttributeAsync("href", "tel:02433421234");
        await Expect(page.Locator("#office-hours")).ToHaveTextAsync("شنبه تا چهارشنبه، ساعت ۷:۳۰ تا ۱۴:۳۰");
        await page.CheckpointAsync("footer-07-contact-zanjan");

        await page.Locator("#province").SelectOptionAsync("31");
        await page.Locator("#province-show").PressByKeyboardAsync();
        await Expect(page.Locator("#office h2")).ToHaveTextAsync("اداره کل تعاون استان یزد");
        await Expect(page.Locator("#office-missing")).ToHaveTextAsync("اطلاعات تماس این اداره هنوز ثبت نشده است.");
        await page.CheckpointAsync("footer-08-contact-not-recorded");
    }
}
