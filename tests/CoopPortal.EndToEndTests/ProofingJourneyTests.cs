using CoopPortal.Testing;
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

    [Fact]
    public async Task A_new_citizen_verifies_their_mobile_from_the_dashboard_with_the_SMS_code()
    {
        var page = await browser.NewPageAsync();
        var citizen = Citizen.Create();
        await page.RegisterAsync(citizen);
        await Outbox.CodeSentToAsync(citizen.Mobile); // the registration's sign-in code, left unused: they log in with the password
        await page.LoginAsync(citizen.Email, citizen.Password);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        await page.WaitForInteractiveAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "تأیید تلفن همراه", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Manage/VerifyMobile$"));
        await page.Locator("#send-code").ClickAsync();
        await Expect(page.Locator("#status-message")).ToContainTextAsync("پیامک شد");
        var code = await Outbox.CodeSentToAsync(citizen.Mobile, 2);
        await page.CheckpointAsync("proofing-01-code-sent");

        await page.Locator("#Code").FillAsync(CoopPortal.Domain.Common.PersianDigits.ToPersian(code));
        await page.Locator("#confirm-code").ClickAsync();

        await Expect(page.Locator("#proofing-state")).ToContainTextAsync("هویت شما تأیید شده است");
        await page.CheckpointAsync("proofing-02-proven");
    }

    [Fact]
    public async Task A_citizen_logs_in_with_an_SMS_code_from_the_login_page()
    {
        var page = await browser.NewPageAsync();
        var citizen = Citizen.Create();
        await TestAccounts.CreateAsync(browser.Portal.Services, citizen.NationalCode, citizen.FullName, CoopPortal.Domain.Users.Roles.Applicant, null,
            citizen.Password, "sms", proven: false, mobile: citizen.Mobile);

        await page.GotoAsync("Account/Login");
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
        await page.CheckpointAsync("proofing-03-sms-login-wrong-code");

        await page.Locator("#Code").FillAsync(code);
        await page.Locator("#verify-code").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#greeting")).ToContainTextAsync(citizen.FullName);
    }

    [Fact]
    public async Task The_Zanjan_head_confirms_a_pending_manager_from_the_keyboard()
    {
        var code = TestNationalCodes.Next();
        var account = await TestAccounts.CreateAsync(browser.Portal.Services, code, "رضا نادری", CoopPortal.Domain.Users.Roles.Applicant, null, "yek-ramz-e-boland-1405", "p", proven: false);
        var cooperative = CoopPortal.Domain.Cooperatives.Cooperative.Import(new CoopPortal.Domain.Cooperatives.ImportedCooperative(
            "تعاونی تأیید مدیر " + code[..4], "77" + code[..4], CoopPortal.Domain.Common.JalaliDate.FromParts(1399, 5, 1)!.Value, null,
            14, null, null, 12, 300_000_000, code, "رضا نادری", null), DateTime.UtcNow);
        await using (var db = await browser.Portal.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CoopPortal.Infrastructure.Persistence.AppDbContext>>().CreateDbContextAsync())
        {
            db.Cooperatives.Add(cooperative);
            await db.SaveChangesAsync();
        }

        var page = await browser.NewPageAsync();
        var head = CoopPortal.Infrastructure.Seeding.DemoAccounts.All.Single(a => a.Role == CoopPortal.Domain.Users.Roles.HeadOfOffice);
        await page.LoginAsync(head.Email, CoopPortal.Infrastructure.Seeding.DemoAccounts.Password);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "تأیید مدیران تعاونی", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("تأیید مدیران تعاونی");
        var row = page.Locator($"#manager-link-{code}");
        await Expect(row).ToContainTextAsync(cooperative.Name);
        await page.CheckpointAsync("proofing-04-office-pending");

        await page.Locator($"#confirm-{code}").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(row).ToHaveCountAsync(0);
        await Expect(page.GetByText("دسترسی مدیر او فعال است")).ToBeVisibleAsync();
        var proven = await browser.Portal.Services.GetRequiredService<CoopPortal.Infrastructure.Identity.CurrentUserReader>().ReadAsync(account.Id, default);
        Assert.Equal(code, proven.NationalCode);
    }
}
