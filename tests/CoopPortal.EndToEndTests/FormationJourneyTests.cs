using CoopPortal.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class FormationJourneyTests(BrowserFixture browser)
{
    private async Task<(IPage Page, Citizen Citizen)> SignedInCitizenAsync()
    {
        var page = await browser.NewPageAsync();
        var citizen = Citizen.Create();
        await page.RegisterAsync(citizen);
        await page.LoginAsync(citizen.NationalCode, citizen.Password);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        return (page, citizen);
    }

    [Fact]
    public async Task A_citizen_fills_every_section_with_seven_members_and_an_upload_checks_the_answers_and_submits()
    {
        var (page, citizen) = await SignedInCitizenAsync();
        var app = await page.StartApplicationAsync();
        await page.ScreenshotAsync("10-task-list");

        await page.OpenSectionAsync(app, "cooperative");
        await page.ChooseAsync("ActivityTypeId", "توزیعی");
        await page.ChooseAsync("OrientationId", "تأمین نیاز مصرف‌کنندگان");
        await page.ChooseAsync("MembershipTypeId", "عام");
        await page.EnterAsync("ActivityDescription", "تأمین و توزیع کالاهای اساسی مورد نیاز اعضا در شهرستان زنجان");
        await page.ChooseAsync("ProvinceId", "زنجان");
        await page.ChooseAsync("CountyId", "خدابنده");
        await page.EnterAsync("Address", "قیدار، خیابان امام، کوچه ۳، پلاک ۱۲");
        await page.EnterAsync("PostalCode", "۴۵۸۱۵-۶۳۱۱۸");
        await page.EnterAsync("Phone", "۰۲۴۳۵۲۲۳۴۵۶");
        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");
        await page.ScreenshotAsync("11-cooperative-section");

        await page.OpenSectionAsync(app, "names");
        var unique = Guid.NewGuid().ToString("N")[..4];
        await page.EnterAsync("Names[0]", $"تعاونی مصرف کوثر {unique}");
        await page.EnterAsync("Names[1]", $"تعاونی نیکان {unique}");
        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");

        await page.OpenSectionAsync(app, "members");
        await page.Locator("#add-myself").ClickAsync();
        await page.FillMemberAsync(0, null, citizen.NationalCode, "۲۰٬۰۰۰٬۰۰۰", "۸٬۰۰۰٬۰۰۰");
        for (var i = 1; i < 7; i++)
        {
            await page.Locator("#add-member").ClickAsync();
            await page.FillMemberAsync(i, "عضو آزمایشی " + CoopPortal.Domain.Common.PersianDigits.ToPersian(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), TestNationalCodes.Next(), "۲۰٬۰۰۰٬۰۰۰", "۸٬۰۰۰٬۰۰۰");
        }

        await page.ScreenshotAsync("12-members-section");
        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");

        await page.OpenSectionAsync(app, "founders");
        for (var i = 0; i < 3; i++)
        {
            await page.Locator("#main input[type=checkbox]").Nth(i).CheckAsync();
            await Expect(page.Locator("#save-status")).ToBeVisibleAsync();
        }

        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");

        await page.OpenSectionAsync(app, "capital");
        await Expect(page.Locator("#capital-total")).ToHaveTextAsync("۱۴۰٬۰۰۰٬۰۰۰ ریال");
        await Expect(page.Locator("#capital-paid")).ToHaveTextAsync("۵۶٬۰۰۰٬۰۰۰ ریال");

        await page.OpenSectionAsync(app, "documents");
        await page.UploadAsync("FoundersIdCards", "کارت-ملی.pdf", "application/pdf", FormationPages.Pdf);
        await Expect(page.Locator("#documents-FoundersIdCards a[href*='/documents/']")).ToHaveTextAsync("کارت-ملی.pdf");
        await page.UploadAsync("ProposalPlan", "طرح.pdf", "application/pdf", FormationPages.Pdf);
        await Expect(page.Locator("#documents-ProposalPlan a[href*='/documents/']")).ToHaveTextAsync("طرح.pdf");
        await page.ScreenshotAsync("13-documents-section");
        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");

        await page.OpenSectionAsync(app, "declaration");
        await page.Locator("#main input[type=checkbox]").First.CheckAsync();
        await Expect(page.Locator("#section-status")).ToHaveTextAsync("تکمیل شده");

        await page.GotoAsync($"{app}/check");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#summary-members")).ToContainTextAsync("عضو آزمایشی ۶");
        await Expect(page.Locator("#summary-cooperative")).ToContainTextAsync("خدابنده");
        await Expect(page.Locator("#error-summary")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("14-check-answers");
        await page.Locator("#submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/submitted$"));
        await Expect(page.Locator("#confirmation-tracking-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"));
        var code = await page.Locator("#confirmation-tracking-code").TextContentAsync();
        await page.ScreenshotAsync("15-submitted");

        await page.GotoAsync("applications");
        await Expect(page.Locator("#my-applications")).ToContainTextAsync(code!);
        await Expect(page.Locator("#my-applications")).ToContainTextAsync("ارسال‌شده، در انتظار بررسی");
        await page.GotoAsync(app);
        await Expect(page.Locator("#timeline")).ToContainTextAsync("درخواست ارسال شد");
        await page.ScreenshotAsync("16-application-detail");
    }
}
