using CoopPortal.Domain.Formation;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// The applicant's side of the correction loop: an application sent back with a comment on one section (the
/// reviewer's side is driven through the domain here; its pages come with the review workflow).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CorrectionJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_applicant_sees_the_comment_fixes_only_the_returned_section_and_resubmits()
    {
        var page = await browser.NewPageAsync();
        var citizen = Citizen.Create();
        await page.RegisterAsync(citizen);
        var id = await SubmittedAndSentBackAsync(citizen, "نام نخست با نام یک تعاونی ثبت‌شده در زنجان یکی است؛ نام دیگری برگزینید.");

        await page.LoginAsync(citizen.NationalCode, citizen.Password);
        await page.GotoAsync($"applications/{id}");
        await page.WaitForInteractiveAsync();
        await page.ExpectStatusAsync("#application-status", "بازگشت برای اصلاح");
        // Outcome first: what the office said, with a link to the section it names, above the task list.
        await Expect(page.Locator("#outcome")).ToHaveAttributeAsync("data-outcome", "returned");
        await Expect(page.Locator("#returned-sections")).ToContainTextAsync("نام دیگری برگزینید");
        await Expect(page.Locator("#task-names")).ToContainTextAsync("نیاز به اصلاح");
        await page.CheckpointAsync("30-returned-task-list");

        await page.Locator("#returned-sections a").PressByKeyboardAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/applications/{id}/names$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#correction-comments")).ToContainTextAsync("نام دیگری برگزینید");
        await page.EnterAsync("Names[0]", "تعاونی روشنان " + Guid.NewGuid().ToString("N")[..4]);
        await page.CheckpointAsync("31-correcting-names");

        // A section not sent back is shown read-only.
        await page.OpenSectionAsync($"applications/{id}", "cooperative");
        await Expect(page.Locator(FormationPages.FieldId("Address"))).HaveAttributeReadOnlyAsync();

        await page.OpenSectionAsync($"applications/{id}", "declaration");
        await page.Locator("#main input[type=checkbox]").First.TickByKeyboardAsync();
        await Expect(page.Locator("#save-status")).ToBeVisibleAsync();

        await page.GotoAsync($"applications/{id}/check");
        await page.WaitForInteractiveAsync();
        await page.Locator("#submit").PressByKeyboardAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/submitted$"));
        await page.GotoAsync($"applications/{id}");
        await page.ExpectStatusAsync("#application-status", "اصلاح‌شده، در انتظار بررسی");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("درخواست برای اصلاح بازگردانده شد");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("درخواست اصلاح‌شده دوباره ارسال شد");
        await page.CheckpointAsync("32-resubmitted");
    }

    private async Task<Guid> SubmittedAndSentBackAsync(Citizen citizen, string comment)
    {
        var (id, _) = await SeededApplications.SubmitAsync(browser.Portal, citizen);
        var reviewer = await SeededApplications.UserIdAsync(browser.Portal, DemoAccounts.All.Single(a => a.Role == "Reviewer").NationalCode);
        await using var db = await browser.Portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var app = await db.FormationApplications.Include(a => a.Events).Include(a => a.Corrections).SingleAsync(a => a.Id == id);
        app.Claim(reviewer, DateTime.UtcNow);
        app.SendBack(reviewer, [(ApplicationSection.Names, "Names[0]", comment)], DateTime.UtcNow);
        await db.SaveChangesAsync();
        return id;
    }
}
