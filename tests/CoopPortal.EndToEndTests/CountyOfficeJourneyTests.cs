using System.Text.RegularExpressions;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 20's county office journey: a reviewer of a county office (ادارات تعاون شهرستان) opens their office, finds the
/// application of their county in the queue and not the neighbouring county's, is refused the neighbour's by URL,
/// claims and recommends their own by keyboard; the county's head is not offered the final approval (the offices'
/// rule sends it up, by default); the provincial head approves.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CountyOfficeJourneyTests(BrowserFixture browser)
{
    private const int Zanjan = DemoAccounts.ZanjanProvinceId;
    private static readonly string HeadCode = DemoAccounts.All.Single(a => a.Role == Roles.HeadOfOffice).NationalCode;

    [Fact]
    public async Task A_county_reviewer_works_their_countys_application_and_the_provincial_head_approves_it()
    {
        var services = browser.Portal.Services;
        var (own, ownName, neighbour) = await TwoCountiesAsync();
        var applicant = await TestAccounts.CreateAsync(services, TestNationalCodes.Next(), "مریم احمدی", Roles.Applicant, null, DemoAccounts.Password, "co", mobile: TestNumbers.Mobile());
        var mine = (await CompleteApplications.SubmitAsync(services, applicant.Id, applicant.NationalCode, Zanjan, [DateTime.UtcNow], countyId: own)).Single();
        var theirs = (await CompleteApplications.SubmitAsync(services, applicant.Id, applicant.NationalCode, Zanjan, [DateTime.UtcNow], countyId: neighbour)).Single();
        var reviewer = await CountyStaffAsync(Roles.Reviewer, "امیر کاظمی", own);
        var countyHead = await CountyStaffAsync(Roles.HeadOfOffice, "نرگس صالحی", own);

        // 1. The county reviewer's office is their county; the queue holds their county's application, not the neighbour's.
        var page = await browser.NewPageAsync();
        await page.LoginAsync(reviewer, DemoAccounts.Password);
        await page.GotoAsync($"office/{Zanjan}");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync($"اداره تعاون شهرستان {ownName}");
        await Expect(page.Locator("#counties li")).ToHaveCountAsync(1);
        // Both applications are the same applicant's: searched by the applicant's national code, one row, their county's.
        await page.Locator("#queue-search").TypeByKeyboardAsync(applicant.NationalCode);
        await Expect(page.Locator("#queue-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#queue-table tbody tr")).ToContainTextAsync(mine.TrackingCode!);
        await page.CheckpointAsync("140-county-office-queue");

        // 2. The neighbour's application by its address: not found, as if it did not exist.
        await page.GotoAsync($"review/{theirs.Id}");
        await Expect(page.Locator("h1")).ToHaveTextAsync("صفحه پیدا نشد");

        // 3. Their own: claimed and recommended by keyboard.
        await page.GotoAsync($"review/{mine.Id}");
        await page.WaitForInteractiveAsync();
        await page.Locator("#claim").PressByKeyboardAsync();
        await page.ExpectStatusAsync("#review-status", "در حال بررسی");
        await page.Locator("#recommend-note").TypeByKeyboardAsync("مدارک کامل است.");
        await page.Locator("#recommend").PressByKeyboardAsync();
        await page.ExpectStatusAsync("#review-status", "در انتظار تأیید مدیر");
        await page.CheckpointAsync("141-county-reviewer-recommended");

        // 4. The county's head sees it and is not offered the final decision: it goes up to the province.
        var head = await browser.NewPageAsync();
        await head.LoginAsync(countyHead, DemoAccounts.Password);
        await head.GotoAsync($"review/{mine.Id}");
        await head.WaitForInteractiveAsync();
        await head.ExpectStatusAsync("#review-status", "در انتظار تأیید مدیر");
        await Expect(head.Locator("#recommendation")).ToContainTextAsync("مدارک کامل است.");
        await Expect(head.Locator("#province-decides")).ToContainTextAsync("با مدیر امور تعاونی استان است");
        await Expect(head.Locator("#approve")).ToHaveCountAsync(0);
        await head.CheckpointAsync("142-county-head-no-final-decision");

        // 5. The provincial head approves.
        var provincial = await browser.NewPageAsync();
        await provincial.LoginAsync(HeadCode, DemoAccounts.Password);
        await provincial.GotoAsync($"review/{mine.Id}");
        await provincial.WaitForInteractiveAsync();
        await provincial.Locator("#approve").PressByKeyboardAsync();
        await provincial.ConfirmByKeyboardAsync(mine.TrackingCode!);
        await provincial.ExpectStatusAsync("#review-status", "تأیید شده");
        await Expect(provincial).ToHaveURLAsync(new Regex($"/review/{mine.Id}$"));
    }

    private async Task<string> CountyStaffAsync(string role, string fullName, int county)
    {
        var code = TestNationalCodes.Next();
        var account = await TestAccounts.CreateAsync(browser.Portal.Services, code, fullName, role, Zanjan, DemoAccounts.Password, "cs", mobile: TestNumbers.Mobile());
        await using var db = await Contexts().CreateDbContextAsync();
        await db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.CountyId, county));
        return code;
    }

    private async Task<(int Own, string OwnName, int Neighbour)> TwoCountiesAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        var counties = await db.Counties.Where(c => c.ProvinceId == Zanjan).OrderBy(c => c.Id).Take(2).Select(c => new { c.Id, c.Name }).ToListAsync();
        return (counties[0].Id, counties[0].Name, counties[1].Id);
    }

    private IDbContextFactory<AppDbContext> Contexts() => browser.Portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
}
