using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class AccountJourneyTests(BrowserFixture browser)
{
    /// <summary>
    /// Issue 18 point 8 (ADR 21): registering ends on the SMS code step; the code texted to the new mobile signs the
    /// citizen in, on their dashboard. Then out, and in again with the password.
    /// </summary>
    [Fact]
    public async Task A_new_citizen_registers_types_the_SMS_code_lands_signed_in_logs_out_and_logs_in_again()
    {
        var page = await browser.NewPageAsync();
        var citizen = Citizen.Create();

        await page.GotoAsync("");
        await Expect(page.Locator("h1")).ToHaveTextAsync("سامانه خدمات الکترونیکی تعاون");
        await page.CheckpointAsync("01-home");

        await page.RegisterAsync(citizen);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Register$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("تأیید تلفن همراه");
        await Expect(page.Locator("#status-message")).ToContainTextAsync("ثبت‌نام انجام شد");
        await Expect(page.Locator("#registered-mobile")).ToHaveTextAsync(Domain.Common.PersianDigits.ToPersian(citizen.Mobile)); // a person's number (docs/glossary.md)
        await page.CheckpointAsync("02-registered-code");

        await page.EnterRegistrationCodeAsync(citizen, browser.Sms);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#greeting")).ToContainTextAsync($"{citizen.FullName}، خوش آمدید");
        await Expect(page.Locator("#roles")).ToHaveTextAsync("متقاضی");
        await Expect(page.Locator("#today")).ToContainTextAsync(JalaliYearToday());
        await page.CheckpointAsync("03-dashboard");

        await page.Locator("#account-menu").ClickAsync();
        await page.Locator("#logout").ClickAsync();
        await Expect(page.Locator("#login-link")).ToBeVisibleAsync();
        await page.GotoAsync("dashboard");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));

        await page.LoginAsync(citizen.Email, citizen.Password);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        await Expect(page.Locator("#greeting")).ToContainTextAsync(citizen.FullName);
        await page.CheckpointAsync("04-dashboard-again");
    }

    [Fact]
    public async Task A_visitor_sent_to_the_log_in_registers_instead_and_lands_where_they_were_going()
    {
        var page = await browser.NewPageAsync();
        var citizen = Citizen.Create();

        await page.GotoAsync("applications");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login\\?ReturnUrl="));
        await page.Locator("#register-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Register\\?ReturnUrl="));
        await page.SendRegistrationAsync(citizen);

        await page.EnterRegistrationCodeAsync(citizen, browser.Sms);

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/applications$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("درخواست‌های تشکیل تعاونی");
    }

    /// <summary>The Jalali year in Tehran, in Persian digits, computed here independently of the portal's helpers.</summary>
    private static string JalaliYearToday()
    {
        var tehran = DateTime.UtcNow.AddMinutes(210);
        var year = new System.Globalization.PersianCalendar().GetYear(tehran).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Concat(year.Select(c => (char)('\u06F0' + (c - '0'))));
    }

    [Fact]
    public async Task Five_wrong_passwords_give_the_Persian_lockout_message()
    {
        var page = await browser.NewPageAsync();
        var citizen = Citizen.Create();
        await page.RegisterAsync(citizen);
        await Expect(page.Locator("#status-message")).ToContainTextAsync("ثبت‌نام انجام شد");

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await page.LoginAsync(citizen.NationalCode, "this-is-not-my-password");
            await Expect(page.Locator("#status-message")).ToHaveTextAsync(AccountSignInService.FailedMessage);
        }

        await page.LoginAsync(citizen.NationalCode, "this-is-not-my-password");
        await Expect(page.Locator("#status-message")).ToHaveTextAsync(AccountSignInService.LockedOutMessage);
        await page.CheckpointAsync("05-lockout");

        await page.LoginAsync(citizen.NationalCode, citizen.Password);
        await Expect(page.Locator("#status-message")).ToHaveTextAsync(AccountSignInService.LockedOutMessage);
    }

    [Fact]
    public async Task Bad_registration_input_gets_Persian_messages_and_keeps_what_was_typed()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("Account/Register");
        await page.Locator("#FullName").FillAsync("مريم كاظمي");
        await page.Locator("#NationalCode").FillAsync("۰۰۷۶۲۲۹۶۴۶");
        await page.Locator("#Mobile").FillAsync("0912");
        await page.Locator("#Email").FillAsync("maryam@example");
        await page.Locator("#Password").FillAsync("kootah");
        await page.Locator("#ConfirmPassword").FillAsync("kootah");
        await page.Locator("#register-submit").ClickAsync();

        var summary = page.Locator("#error-summary");
        await Expect(summary).ToContainTextAsync("کد ملی معتبر نیست");
        await Expect(summary).ToContainTextAsync("شماره تلفن همراه باید با ۰۹ شروع شود");
        await Expect(summary).ToContainTextAsync("نشانی ایمیل درست نیست");
        await Expect(summary).ToContainTextAsync("دست‌کم ۱۲ نویسه");
        await Expect(page.Locator("#NationalCode-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#FullName")).ToHaveValueAsync("مريم كاظمي");
        await Expect(page.Locator("#NationalCode")).ToHaveValueAsync("۰۰۷۶۲۲۹۶۴۶");
        await Expect(page.Locator("#Email")).ToHaveValueAsync("maryam@example");
        await page.CheckpointAsync("06-registration-errors");
    }

    [Fact]
    public async Task A_Zanjan_reviewer_opens_their_office_and_is_refused_another_province_by_URL()
    {
        var page = await browser.NewPageAsync();
        var reviewer = DemoAccounts.All.Single(a => a.Role == CoopPortal.Domain.Users.Roles.Reviewer);

        await page.LoginAsync(reviewer.Email, DemoAccounts.Password);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "اداره کل استان", Exact = true }).First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("اداره کل تعاون استان زنجان");
        await Expect(page.Locator("#counties li")).ToHaveCountAsync(8);
        await page.CheckpointAsync("07-reviewer-office");

        await page.GotoAsync("office/8");
        await Expect(page.Locator("h1")).ToHaveTextAsync("صفحه پیدا نشد");
        await page.CheckpointAsync("08-other-province-not-found");
    }
}
