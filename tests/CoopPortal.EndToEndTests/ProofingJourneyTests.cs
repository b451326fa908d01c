using CoopPortal.Infrastructure.Proofing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 15, point 8 in the browser: a new citizen verifies their mobile with an SMS code (read from the Development
/// fake gateway's outbox, as a person reads their phone) and so proves their national code; a citizen logs in with an
/// SMS code instead of the password.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProofingJourneyTests(BrowserFixture browser)
{
    private SmsOutbox Outbox => browser.Portal.Services.GetRequiredService<SmsOutbox>();

    private static Citizen NewCitizen() =>
        Citizen.Create() with { Mobile = "0913" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public async Task A_new_citizen_verifies_their_mobile_from_the_dashboard_with_the_SMS_code()
    {
        var page = await browser.NewPageAsync();
        var citizen = NewCitizen();
        await page.RegisterAsync(citizen);
        await Expect(page.Locator("#status-message")).ToContainTextAsync("ثبت‌نام انجام شد");
        await page.LoginAsync(citizen.Email, citizen.Password);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        await page.WaitForInteractiveAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "تأیید تلفن همراه", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Manage/VerifyMobile$"));
        await page.Locator("#send-code").ClickAsync();
        await Expect(page.Locator("#status-message")).ToContainTextAsync("پیامک شد");
        var code = Outbox.LatestCode(citizen.Mobile);
        Assert.NotNull(code);
        await page.ScreenshotAsync("proofing-01-code-sent");

        await page.Locator("#Code").FillAsync(CoopPortal.Domain.Common.PersianDigits.ToPersian(code));
        await page.Locator("#confirm-code").ClickAsync();

        await Expect(page.Locator("#proofing-state")).ToContainTextAsync("هویت شما تأیید شده است");
        await page.ScreenshotAsync("proofing-02-proven");
    }

    [Fact]
    public async Task A_citizen_logs_in_with_an_SMS_code_from_the_login_page()
    {
        var page = await browser.NewPageAsync();
        var citizen = NewCitizen();
        await page.RegisterAsync(citizen);
        await Expect(page.Locator("#status-message")).ToContainTextAsync("ثبت‌نام انجام شد");

        await page.Locator("#login-sms-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/LoginSms$"));
        await page.Locator("#NationalCode").FillAsync(citizen.NationalCodeAsTyped);
        await page.Locator("#request-code").ClickAsync();
        await Expect(page.Locator("#status-message")).ToContainTextAsync("کد ورود به تلفن همراه آن پیامک شد");
        var code = Outbox.LatestCode(citizen.Mobile);
        Assert.NotNull(code);

        await page.Locator("#Code").FillAsync("000000" == code ? "111111" : "000000");
        await page.Locator("#verify-code").ClickAsync();
        await Expect(page.Locator("#status-message")).ToContainTextAsync("کد ملی یا کد ورود درست نیست");
        await page.ScreenshotAsync("proofing-03-sms-login-wrong-code");

        await page.Locator("#Code").FillAsync(code);
        await page.Locator("#verify-code").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#greeting")).ToContainTextAsync(citizen.FullName);
    }
}
