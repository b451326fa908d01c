using CoopPortal.Domain.Formation;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Testing;
using Microsoft.AspNetCore.Identity;
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
        await Expect(page.Locator("#application-status")).ToHaveTextAsync("بازگشت برای اصلاح");
        await Expect(page.Locator("#returned-notice")).ToBeVisibleAsync();
        await Expect(page.Locator("#task-names")).ToContainTextAsync("نیاز به اصلاح");
        await page.ScreenshotAsync("30-returned-task-list");

        await page.OpenSectionAsync($"applications/{id}", "names");
        await Expect(page.Locator("#correction-comments")).ToContainTextAsync("نام دیگری برگزینید");
        await page.EnterAsync("Names[0]", "تعاونی روشنان " + Guid.NewGuid().ToString("N")[..4]);
        await page.ScreenshotAsync("31-correcting-names");

        // A section not sent back is shown read-only.
        await page.OpenSectionAsync($"applications/{id}", "cooperative");
        await Expect(page.Locator(FormationPages.FieldId("Address"))).HaveAttributeReadOnlyAsync();

        await page.OpenSectionAsync($"applications/{id}", "declaration");
        await page.Locator("#main input[type=checkbox]").First.CheckAsync();
        await Expect(page.Locator("#save-status")).ToBeVisibleAsync();

        await page.GotoAsync($"applications/{id}/check");
        await page.WaitForInteractiveAsync();
        await page.Locator("#submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/submitted$"));
        await page.GotoAsync($"applications/{id}");
        await Expect(page.Locator("#application-status")).ToHaveTextAsync("اصلاح‌شده، در انتظار بررسی");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("درخواست برای اصلاح بازگردانده شد");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("درخواست اصلاح‌شده دوباره ارسال شد");
        await page.ScreenshotAsync("32-resubmitted");
    }

    private async Task<Guid> SubmittedAndSentBackAsync(Citizen citizen, string comment)
    {
        var services = browser.Portal.Services;
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var applicant = await users.FindByNameAsync(citizen.NationalCode) ?? throw new InvalidOperationException("The citizen did not register.");
        var reviewer = await users.FindByNameAsync(CoopPortal.Infrastructure.Persistence.Seeding.DemoAccounts.All.Single(a => a.Role == "Reviewer").NationalCode);

        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var county = await db.Counties.FirstAsync(c => c.ProvinceId == 14);
        var now = DateTime.UtcNow;
        var app = FormationApplication.Start(applicant.Id, citizen.NationalCode, now);
        app.UpdateDetails(CooperativeDetails.Create(1, 6, 1, "تأمین کالاهای مصرفی اعضا در شهرستان", 14, county.Id, "زنجان، خیابان سعدی", "4515678912", "02433456789"), now);
        app.SetProposedNames(["تعاونی پیشین " + Guid.NewGuid().ToString("N")[..4]], now);
        for (var i = 0; i < 7; i++)
        {
            app.AddMember(new MemberDetails($"عضو {i}", "پدر", i == 0 ? citizen.NationalCode : TestNationalCodes.Next(), "1365/01/01", "09121234567", 10_000_000, 4_000_000, null, null), now);
        }

        app.SetFounders(app.Members.Take(3).Select(m => m.Id).ToList(), now);
        app.AttachDocument(DocumentKind.FoundersIdCards, "id.pdf", "application/pdf", 10, new string('a', 64), Guid.NewGuid().ToString("N"), now);
        app.AttachDocument(DocumentKind.ProposalPlan, "plan.pdf", "application/pdf", 10, new string('b', 64), Guid.NewGuid().ToString("N"), now);
        app.SetDeclaration(true, now);
        var context = new ValidationContext(FormationRules.Default, false, true, DateOnly.FromDateTime(now));
        app.Submit(context, TrackingCode.New(), now);
        app.Claim(reviewer!.Id, now.AddMinutes(1));
        app.SendBack(reviewer.Id, [(ApplicationSection.Names, "Names[0]", comment)], now.AddMinutes(2));
        db.FormationApplications.Add(app);
        await db.SaveChangesAsync();
        return app.Id;
    }
}

internal static class LocatorAssertionsExtensions
{
    /// <summary>MudBlazor renders a read-only field with the readonly attribute on its input.</summary>
    public static Task HaveAttributeReadOnlyAsync(this Microsoft.Playwright.ILocatorAssertions assertions) =>
        assertions.ToHaveAttributeAsync("readonly", new System.Text.RegularExpressions.Regex(".*"));
}
