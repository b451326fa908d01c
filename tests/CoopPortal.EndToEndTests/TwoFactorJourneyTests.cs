using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 15: a member of staff without an authenticator enrols at log-in (QR code, key, first code, recovery codes shown
/// once), then logs in with the authenticator's code, and with a recovery code when the phone is lost.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoFactorJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_new_reviewer_enrols_an_authenticator_then_logs_in_with_its_code_and_with_a_recovery_code()
    {
        var code = TestNationalCodes.Next();
        await TestAccounts.CreateAsync(browser.Portal.Services, code, "فاطمه نوری", Roles.Applicant, null, Infrastructure.Seeding.DemoAccounts.Password, "mfa");
        await using (var scope = browser.Portal.Services.CreateAsyncScope())
        {
            // An admin has just made her a Zanjan reviewer: staff, no authenticator yet.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByNameAsync(code))!;
            user.ProvinceId = 14;
            await users.UpdateAsync(user);
            await users.AddToRoleAsync(user, Roles.Reviewer);
        }

        var page = await browser.NewPageAsync();
        await PasswordStepAsync(page, code);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Manage/EnableAuthenticator"));
        await Expect(page.Locator("#must-enrol")).ToContainTextAsync("الزامی است");
        await Expect(page.Locator(".authenticator-qr svg")).ToBeVisibleAsync();
        await page.CheckpointAsync("40-enrol-authenticator");

        await page.Locator("#Code").FillAsync("000000");
        await page.Locator("#enable-authenticator-submit").ClickAsync();
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("کد تأیید درست نیست");
        var recoveryCodes = await page.EnrolAuthenticatorAsync(code);
        await Expect(page.Locator("#recovery-codes-download")).ToHaveAttributeAsync("download", "coopportal-recovery-codes.txt");
        await Expect(page.Locator("#recovery-codes-print")).ToBeVisibleAsync();
        await page.CheckpointAsync("41-recovery-codes");
        await page.Locator("#recovery-codes-continue").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#roles")).ToContainTextAsync(Roles.Title(Roles.Reviewer));
        await LogOutAsync(page);

        // With the phone: the code after the password.
        await PasswordStepAsync(page, code);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/LoginWith2fa"));
        await page.Locator("#TwoFactorCode").FillAsync("123456");
        await page.Locator("#two-factor-submit").ClickAsync();
        await Expect(page.Locator("#status-message")).ToHaveTextAsync(AccountSignInService.WrongTwoFactorCode);
        await page.CheckpointAsync("42-wrong-code");
        await page.Locator("#TwoFactorCode").FillAsync(CoopPortal.Domain.Common.PersianDigits.ToPersian(Totp.Code(TestAccounts.KeyOf(code))));
        await page.Locator("#two-factor-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        await page.WaitForInteractiveAsync();
        await LogOutAsync(page);

        // Without the phone: one of the recovery codes, once.
        await PasswordStepAsync(page, code);
        await page.Locator("#use-recovery-code").ClickAsync();
        await page.Locator("#RecoveryCode").FillAsync(recoveryCodes[0]);
        await page.Locator("#recovery-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        await page.WaitForInteractiveAsync();
        await page.GotoAsync("Account/Manage/TwoFactor");
        await Expect(page.Locator("#recovery-codes-left")).ToContainTextAsync("۹");
        await page.CheckpointAsync("43-two-factor-settings");
    }

    private static async Task PasswordStepAsync(IPage page, string code)
    {
        await page.GotoAsync("Account/Login");
        await page.Locator("#Identifier").FillAsync(code);
        await page.Locator("#Password").FillAsync(Infrastructure.Seeding.DemoAccounts.Password);
        await page.Locator("#login-submit").ClickAsync();
    }

    private static async Task LogOutAsync(IPage page)
    {
        await page.Locator("#account-menu").ClickAsync();
        await page.Locator("#logout").ClickAsync();
        await Expect(page.Locator("#login-link")).ToBeVisibleAsync();
    }
}
