using System.Text.RegularExpressions;
using CoopPortal.Application.Administration.Users;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// The admin manages an account in Chromium: finds a Zanjan reviewer by national code typed in Persian digits, moves
/// them to the county office of Abhar (the reviewer's signed-in browser is signed out at once; the list then shows the
/// office), takes the reviewer role away (the reviewer's browser loses the office at once), locks the account with a
/// reason (signing in is refused in Persian) and unlocks it; each change is in the account's audit.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UserAdministrationJourneyTests(BrowserFixture browser)
{
    private static readonly string AdminCode = DemoAccounts.All.Single(a => a.Role == Roles.Admin).NationalCode;

    [Fact]
    public async Task An_admin_finds_a_reviewer_sets_a_county_office_removes_the_role_at_once_then_locks_and_unlocks_the_account()
    {
        var code = TestNationalCodes.Next();
        var name = "کارشناس آزمون " + Guid.NewGuid().ToString("N")[..6];
        await TestAccounts.CreateAsync(browser.Portal.Services, code, name, Roles.Reviewer, 14, DemoAccounts.Password, "r");

        // The reviewer is signed in and works in the office.
        var reviewer = await browser.NewPageAsync();
        await reviewer.LoginAsync(code, DemoAccounts.Password);
        await reviewer.GotoAsync("office");
        await Expect(reviewer).Not.ToHaveURLAsync(new Regex("AccessDenied"));
        await Expect(reviewer.Locator("h1")).ToBeVisibleAsync();

        // The admin finds the account by its national code in Persian digits and opens it.
        var admin = await browser.NewPageAsync();
        await admin.LoginAsync(AdminCode, DemoAccounts.Password);
        await admin.GotoKeepingContentAsync("admin/users");
        await admin.Locator("#users-search").TypeByKeyboardAsync(PersianDigits.ToPersian(code));
        var row = admin.Locator("tr.user-row").Filter(new LocatorFilterOptions { HasText = name });
        await Expect(row).ToContainTextAsync("کارشناس");
        await Expect(row).ToContainTextAsync("زنجان");
        await Expect(admin.Locator("tr.user-row")).ToHaveCountAsync(1);
        await admin.CheckpointAsync("78-users-found");
        await row.Locator("a").PressByKeyboardAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync(name);
        await admin.WaitForInteractiveAsync();

        // The reviewer moves from the provincial office to the county office of Abhar: audited, and the reviewer's open
        // session ends at once (the office is part of what it may do); signed in again, the reviewer works there.
        await Expect(admin.Locator("#role-help-Headquarters")).ToContainTextAsync("در هیچ پرونده‌ای تصمیم نمی‌گیرد");
        await Expect(admin.Locator("#derived-Inspector")).ToBeDisabledAsync();
        await Expect(admin.Locator("#user-county")).ToHaveValueAsync(UserOffice.ProvincialOfficeTitle);
        await admin.Locator("#user-county").ChooseByKeyboardAsync(UserOffice.CountyOfficeTitle("ابهر"));
        await admin.Locator("#user-save").PressByKeyboardAsync();
        await Expect(admin.Locator("#user-message")).ToHaveTextAsync("نقش‌ها و اداره ذخیره شد.");
        await Expect(admin.Locator("#user-office")).ToContainTextAsync("استان زنجان، شهرستان ابهر");
        await Expect(admin.Locator("#user-audit")).ToContainTextAsync("اداره: استان زنجان، شهرستان ابهر");
        await admin.CheckpointAsync("78a-user-county-office");

        await reviewer.GotoAsync("office");
        await Expect(reviewer).ToHaveURLAsync(new Regex("/Account/Login"));
        await reviewer.LoginAsync(code, DemoAccounts.Password);
        await reviewer.GotoAsync("office");
        await Expect(reviewer).Not.ToHaveURLAsync(new Regex("AccessDenied|/Account/Login"));
        await Expect(reviewer.Locator("h1")).ToBeVisibleAsync();

        // The list reads the office back.
        await admin.Locator("#user-back").PressByKeyboardAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("کاربران و نقش‌ها");
        await admin.WaitForInteractiveAsync();
        await admin.Locator("#users-search").TypeByKeyboardAsync(PersianDigits.ToPersian(code));
        await Expect(admin.Locator("tr.user-row")).ToHaveCountAsync(1);
        row = admin.Locator("tr.user-row").Filter(new LocatorFilterOptions { HasText = name });
        await Expect(row.Locator("td.user-office")).ToHaveTextAsync("استان زنجان، شهرستان ابهر");
        await row.Locator("a").PressByKeyboardAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync(name);
        await admin.WaitForInteractiveAsync();

        // The reviewer role goes; applicant stays.
        await admin.Locator("#role-Reviewer").TickByKeyboardAsync(ticked: false);
        await admin.Locator("#role-Applicant").TickByKeyboardAsync();
        await admin.Locator("#user-save").PressByKeyboardAsync();
        await Expect(admin.Locator("#user-message")).ToHaveTextAsync("نقش‌ها و اداره ذخیره شد.");
        await Expect(admin.Locator("#user-audit")).ToContainTextAsync("برداشته شد: کارشناس اداره کل");
        await Expect(admin.Locator("#user-audit")).ToContainTextAsync("مدیر سامانه");

        // The reviewer's browser was signed in: the role change ended that session at once (issue 15), so the office
        // page sends it to the login.
        await reviewer.GotoAsync("office");
        await Expect(reviewer).ToHaveURLAsync(new Regex("/Account/Login"));

        // Locking needs a reason; a locked account cannot sign in.
        await admin.Locator("#user-lock").PressByKeyboardAsync();
        await Expect(admin.Locator("#main")).ToContainTextAsync(UserAdministrationMessages.ReasonRequired);
        await Expect(admin.Locator("#user-status")).ToContainTextAsync("فعال");
        await admin.Locator("#lock-reason").TypeByKeyboardAsync("درخواست اداره کل برای بررسی دسترسی‌ها");
        await admin.Locator("#user-lock").PressByKeyboardAsync();
        await Expect(admin.Locator("#user-status")).ToContainTextAsync("قفل");
        await Expect(admin.Locator("#user-audit")).ToContainTextAsync("حساب قفل شد؛ دلیل: درخواست اداره کل برای بررسی دسترسی‌ها");
        await admin.CheckpointAsync("79-user-locked");

        var again = await browser.NewPageAsync();
        await again.LoginAsync(code, DemoAccounts.Password);
        await Expect(again.Locator("#status-message")).ToHaveTextAsync(AccountSignInService.LockedOutMessage);

        await admin.Locator("#user-unlock").PressByKeyboardAsync();
        await Expect(admin.Locator("#user-status")).ToContainTextAsync("فعال");
        await Expect(admin.Locator("#user-audit")).ToContainTextAsync("قفل حساب باز شد");
        await again.LoginAsync(code, DemoAccounts.Password);
        await Expect(again).ToHaveURLAsync(new Regex("/dashboard$"));
    }
}
