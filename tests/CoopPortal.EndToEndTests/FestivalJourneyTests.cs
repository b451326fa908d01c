using System.Text.RegularExpressions;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 21's festival journey, from the score to the public page: three Zanjan cooperatives whose declarations score
/// differently; a reviewer opens the province's festival of the year that ended, reads the scores with their evidence
/// and shortlists the best; the head of office confirms it as the winner; its certificate of appreciation reads back and
/// its QR code's /verify page says it is valid; the office publishes and a visitor, signed out, finds the winner on the
/// public page with its orientation and county. Checkpoints 170–179.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FestivalJourneyTests(BrowserFixture browser)
{
    private const int Zanjan = DemoAccounts.ZanjanProvinceId;

    [Fact]
    public async Task From_the_score_to_the_public_page()
    {
        var year = JalaliDate.YearOf(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3.5))) - 1;
        var (best, weaker, silent) = await SeedCooperativesAsync(year);
        var reviewer = await StaffAsync(Roles.Reviewer, "کارشناس جشنواره");
        var head = await StaffAsync(Roles.HeadOfOffice, "مدیر جشنواره");

        // 1. The reviewer opens the year's festival and reads the scores with their evidence.
        var page = await browser.NewPageAsync();
        await page.LoginAsync(reviewer, DemoAccounts.Password);
        await page.GotoKeepingContentAsync("office/festival");
        await page.WaitForInteractiveAsync();
        await page.CheckpointAsync("170-festival-list");
        await page.Locator("#festival-open-button").PressByKeyboardAsync();
        await page.WaitForURLAsync(new Regex("/office/festival/[0-9a-f-]{36}$"));
        await page.WaitForInteractiveAsync();
        var festivalId = Regex.Match(page.Url, "[0-9a-f-]{36}").Value;
        await Expect(page.Locator("#festival-outcome")).ToHaveAttributeAsync("data-status", "Shortlisting");
        var findings = page.Locator($"#festival-findings-{best.Id}");
        await findings.Locator("summary").PressByKeyboardAsync();
        await Expect(findings.Locator("li[data-criterion=F04]")).ToContainTextAsync("اظهارنامه مالیاتی");
        await Expect(page.Locator($"#festival-findings-{weaker.Id}")).ToBeVisibleAsync();
        await Expect(page.Locator($"#festival-findings-{silent.Id} summary")).ToContainTextAsync("امتیاز ۰ از");
        await page.CheckpointAsync("171-festival-standings");

        // 2. The best is shortlisted with a reason, and the list goes to the head.
        await page.Locator($"#festival-reason-{best.Id}").TypeByKeyboardAsync("بیشترین امتیاز گرایش با گزارش بازرس و صورت‌های مالی به‌موقع");
        await page.Locator($"#festival-add-{best.Id}").PressByKeyboardAsync();
        await Expect(page.Locator("#festival-success")).ToContainTextAsync("به فهرست نامزدها افزوده شد");
        await Expect(page.Locator($"#festival-nominee-{best.Id}")).ToContainTextAsync("بیشترین امتیاز گرایش");
        await page.Locator("#festival-submit").PressByKeyboardAsync();
        await page.ConfirmByKeyboardAsync("۱ تعاونی");
        await page.ExpectStatusAsync("#festival-status", "فهرست نامزدها نزد مدیر");
        await page.CheckpointAsync("172-festival-shortlist-sent");

        // 3. The head confirms the winner: its certificate of appreciation is issued.
        var office = await browser.NewPageAsync();
        await office.LoginAsync(head, DemoAccounts.Password);
        await office.GotoKeepingContentAsync($"office/festival/{festivalId}");
        await office.WaitForInteractiveAsync();
        await office.CheckpointAsync("173-festival-decision");
        await office.Locator("#festival-winners input[type=checkbox]").First.TickByKeyboardAsync();
        await office.Locator("#festival-confirm").PressByKeyboardAsync();
        await office.ConfirmByKeyboardAsync(best.Name);
        await office.ExpectStatusAsync("#festival-status", "برگزیدگان تأیید شدند");
        await Expect(office.Locator("#festival-success")).ToContainTextAsync("لوح تقدیر آن‌ها صادر شد");
        var link = office.Locator($"#festival-certificate-{best.Id}");
        await Expect(link).ToBeVisibleAsync();
        await office.CheckpointAsync("174-festival-winners-confirmed");

        // 4. The certificate reads back; its QR code opens the public check.
        var response = await office.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        var pdf = await response.BodyAsync();
        var png = PdfInspection.FirstPageToPng(pdf, "journey-appreciation-certificate"); // page 1 kept for review
        var text = PdfInspection.Text(pdf);
        Assert.Empty(Glossary.Check(text));
        Assert.Contains("لوح تقدیر", text, StringComparison.Ordinal);
        Assert.Contains(best.Name, text, StringComparison.Ordinal);
        Assert.Contains("مدیر جشنواره", text, StringComparison.Ordinal);
        var verificationUrl = Assert.Single(PdfInspection.QrCodes(png));
        var visitor = await browser.NewPageAsync();
        var valid = await visitor.GotoAsync(new Uri(verificationUrl).AbsolutePath.TrimStart('/'));
        Assert.Equal(200, valid!.Status);
        await Expect(visitor.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "valid");
        await Expect(visitor.Locator("#cooperative-name")).ToHaveTextAsync(best.Name);
        await Expect(visitor.Locator("#appreciation-orientation")).ToContainTextAsync(best.County);
        await visitor.CheckpointAsync("175-appreciation-verified");

        // 5. The office publishes; a visitor, signed out, finds the winner with its orientation and county.
        await office.Locator("#festival-publish").PressByKeyboardAsync();
        await office.ConfirmByKeyboardAsync("۱ تعاونی");
        await office.ExpectStatusAsync("#festival-status", "برگزیدگان منتشر شدند");
        await visitor.GotoAsync($"festival/winners?year={year}&province={Zanjan}");
        var row = visitor.Locator(".winner-row", new() { HasText = best.Name });
        await Expect(row).ToContainTextAsync(best.Orientation);
        await Expect(row).ToContainTextAsync(best.County);
        await Expect(visitor.Locator(".winner-row", new() { HasText = weaker.Name })).ToHaveCountAsync(0);
        await visitor.CheckpointAsync("176-festival-public-winners");
    }

    private sealed record Seeded(Guid Id, string Name, string Orientation, string County);

    private async Task<string> StaffAsync(string role, string fullName)
    {
        var code = TestNationalCodes.Next();
        await TestAccounts.CreateAsync(browser.Portal.Services, code, fullName, role, Zanjan, DemoAccounts.Password, "fe", mobile: TestNumbers.Mobile());
        return code;
    }

    /// <summary>
    /// Three cooperatives of one orientation in a county of Zanjan, registered in 1399: the best with a sound
    /// declaration of the year, the weaker with one that held no assembly, the silent one with none.
    /// </summary>
    private async Task<(Seeded Best, Seeded Weaker, Seeded Silent)> SeedCooperativesAsync(int year)
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var orientation = await db.Orientations.OrderBy(o => o.SortOrder).FirstAsync();
        var county = await db.Counties.Where(c => c.ProvinceId == Zanjan).OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).FirstAsync();
        async Task<Seeded> One(string name, SubmittedDeclarations.Figures? figures)
        {
            var number = TestNumbers.RegistrationNumber();
            var cooperative = Cooperative.Import(new ImportedCooperative($"{name} {number}", number, JalaliDate.Parse("1399/01/15")!.Value, null,
                Zanjan, county.Id, null, 25, 900_000_000, TestNationalCodes.Next(), "مدیرعامل جشنواره", null), DateTime.UtcNow);
            db.Cooperatives.Add(cooperative);
            db.Entry(cooperative).Property(c => c.OrientationId).CurrentValue = orientation.Id;
            if (figures is not null)
            {
                db.SelfDeclarations.Add(SubmittedDeclarations.Build(cooperative.Id, Zanjan, year, figures));
            }

            await db.SaveChangesAsync();
            return new Seeded(cooperative.Id, cooperative.Name, orientation.Title, county.Name);
        }

        return (await One("تعاونی برتر جشنواره", new SubmittedDeclarations.Figures()),
            await One("تعاونی کوشای جشنواره", new SubmittedDeclarations.Figures(OrdinaryAssemblyHeld: false)),
            await One("تعاونی خاموش جشنواره", null));
    }
}
