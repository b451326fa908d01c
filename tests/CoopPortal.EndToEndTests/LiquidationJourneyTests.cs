using System.Text.RegularExpressions;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
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
/// Issue 21's liquidation journey (point 6): the manager records the minutes of an extraordinary assembly that adopted
/// the dissolution, naming the liquidator and the period; the observer and then the office confirm them, and the card
/// says «در حال تصفیه» with the liquidation; the liquidator finds it on «تصفیه‌های من», files an interim report and the
/// final report with their signed scans; a reviewer recommends; the head, who did not start it, confirms by keyboard;
/// the card says «حذف از دفتر ثبت» and the public check of the cooperative's formation certificate says it is struck off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiquidationJourneyTests(BrowserFixture browser)
{
    private const string Password = "Journey-Liquidation-2026!";
    private static readonly DemoAccount Head = DemoAccounts.All.Single(a => a.Role == Roles.HeadOfOffice);
    private static readonly DemoAccount Reviewer = DemoAccounts.All.Single(a => a.Role == Roles.Reviewer);

    private sealed record Person(string NationalCode, string FullName, string UserId);

    [Fact]
    public async Task A_dissolved_cooperatives_liquidator_reports_until_the_head_strikes_it_off()
    {
        var today = PersianFormat.LocalDate(DateTime.UtcNow);
        var meetingDay = today.AddDays(-5);
        var endsOn = meetingDay.AddMonths(12);
        var manager = await PersonAsync("مدیرعامل", Roles.CooperativeManager);
        var liquidator = await PersonAsync("مدیر تصفیه", Roles.Applicant);
        var observer = await PersonAsync("ناظر", Roles.Reviewer, DemoAccounts.ZanjanProvinceId);
        var (cooperativeId, name, verificationCode) = await SeedCooperativeAsync(manager);
        var assemblyId = await SeedAnnouncedAssemblyAsync(cooperativeId, manager, observer, meetingDay);

        // 1. The manager records the minutes: the dissolution adopted, the liquidator and the period's end named.
        var minutes = await browser.NewPageAsync();
        await minutes.LoginAsync(manager.NationalCode, Password);
        await minutes.GotoKeepingContentAsync($"general-assemblies/{assemblyId}/minutes");
        await minutes.Locator("#minutes-call-First").TickRadioAsync();
        await minutes.Locator("#minutes-members").TypeByKeyboardAsync("۲۰");
        await minutes.Locator("#minutes-present").TypeByKeyboardAsync("۱۵");
        await minutes.Locator("#minutes-represented").TypeByKeyboardAsync("۰");
        await minutes.Locator("#resolution-0-adopted").TickRadioAsync();
        await minutes.Locator("#resolution-0-for").TypeByKeyboardAsync("۱۴");
        await minutes.Locator("#resolution-0-against").TypeByKeyboardAsync("۱");
        await minutes.Locator("#dissolution-0-name").TypeByKeyboardAsync(liquidator.FullName);
        await minutes.Locator("#dissolution-0-code").TypeByKeyboardAsync(liquidator.NationalCode);
        await minutes.Locator("#dissolution-ends-on").TypeByKeyboardAsync(JalaliDate.Format(endsOn));
        await minutes.UploadMinutesAsync("SignedMinutes", "signed-minutes.pdf");
        await Expect(minutes.Locator("#minutes-save-status")).ToContainTextAsync("ذخیره شد");
        await minutes.CheckpointAsync("160-lq-minutes-dissolution");
        await minutes.Locator("#minutes-submit").PressByKeyboardAsync();
        await minutes.WaitForURLAsync(new Regex($"/general-assemblies/{assemblyId}$"));
        await minutes.ExpectStatusAsync("#ga-status", "صورت‌جلسه ارسال شد؛ در انتظار گزارش ناظر");

        // 2. The observer confirms the meeting; the office's reviewer confirms the minutes and so starts the liquidation.
        var watcher = await browser.NewPageAsync();
        await watcher.LoginAsync(observer.NationalCode, Password);
        await watcher.GotoKeepingContentAsync($"office/general-assemblies/{assemblyId}");
        await watcher.Locator("#ga-observer-note").TypeByKeyboardAsync("مجمع با حضور ناظر و طبق آگهی برگزار شد.");
        await watcher.Locator("#ga-observer-confirm").PressByKeyboardAsync();
        await watcher.ExpectStatusAsync("#ga-status", "تأیید ناظر");

        var office = await browser.NewPageAsync();
        await office.LoginAsync(Reviewer.NationalCode, DemoAccounts.Password);
        await office.GotoKeepingContentAsync($"office/general-assemblies/{assemblyId}");
        await office.Locator("#ga-confirm").PressByKeyboardAsync();
        await office.ConfirmByKeyboardAsync(name);
        await office.ExpectStatusAsync("#ga-status", "تأیید شد؛ تغییرات ثبت شد");

        await office.GotoKeepingContentAsync($"cooperatives/{cooperativeId}");
        await Expect(office.Locator("#cooperative-status")).ToContainTextAsync("در حال تصفیه");
        await Expect(office.Locator("#cooperative-liquidation-status")).ToHaveTextAsync("تصفیه آغاز شده");
        await Expect(office.Locator("#main")).ToContainTextAsync(liquidator.FullName);
        await office.CheckpointAsync("161-lq-card-in-liquidation");

        // 3. The liquidator finds it on «تصفیه‌های من» and opens the case.
        var page = await browser.NewPageAsync();
        await page.LoginAsync(liquidator.NationalCode, Password);
        await page.GotoKeepingContentAsync(string.Empty);
        await page.GetByRole(AriaRole.Link, new() { Name = "تصفیه‌های من", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/liquidations$"));
        await page.WaitForInteractiveAsync();
        var open = page.Locator("[id^=liquidation-open-]");
        await Expect(open).ToHaveCountAsync(1);
        await Expect(page.Locator("#liquidations")).ToContainTextAsync(name);
        await page.CheckpointAsync("162-lq-my-liquidations");
        await open.PressByKeyboardAsync();
        await page.WaitForURLAsync(new Regex("/liquidations/[0-9a-f-]{36}$"));
        await page.WaitForInteractiveAsync();
        var liquidationId = page.Url[^36..];

        // 4. The interim report: its text and its signed scan, filed behind the confirmation.
        await page.Locator("#liquidation-text").TypeByKeyboardAsync("فهرست اموال و بدهی‌های تعاونی تهیه و به بستانکاران آگهی شد.");
        await Expect(page.Locator("#liquidation-save-status")).ToContainTextAsync("ذخیره شد");
        await GeneralAssemblyPages.UploadIntoAsync(page, "#liquidation-file-input", "#field-Files", "interim-report.pdf");
        await page.CheckpointAsync("163-lq-interim-draft");
        await page.Locator("#liquidation-file-interim").PressByKeyboardAsync();
        await page.ConfirmByKeyboardAsync(name);
        await page.ExpectStatusAsync("#liquidation-status", "گزارش میان‌دوره‌ای ثبت شده");
        await Expect(page.Locator("#liquidation-done")).ToContainTextAsync("گزارش میان‌دوره‌ای ثبت و به اداره کل فرستاده شد.");

        // 5. The final report: the figures in rials, a new scan, filed behind the confirmation.
        await page.Locator("#liquidation-text").TypeByKeyboardAsync("اموال فروخته شد، بدهی‌ها پرداخت و باقی‌مانده میان اعضا تقسیم شد.");
        await page.Locator("#liquidation-Assets").TypeByKeyboardAsync("۹۰۰۰۰۰۰۰۰");
        await page.Locator("#liquidation-DebtsSettled").TypeByKeyboardAsync("۷۰۰۰۰۰۰۰۰");
        await page.Locator("#liquidation-RemainingDistributed").TypeByKeyboardAsync("۲۰۰۰۰۰۰۰۰");
        await Expect(page.Locator("#liquidation-save-status")).ToContainTextAsync("ذخیره شد");
        await GeneralAssemblyPages.UploadIntoAsync(page, "#liquidation-file-input", "#field-Files", "final-report.pdf");
        await page.Locator("#liquidation-file-final").PressByKeyboardAsync();
        await page.ConfirmByKeyboardAsync(name);
        await page.ExpectStatusAsync("#liquidation-status", "گزارش نهایی در انتظار بررسی");
        await Expect(page.Locator("#liquidation-draft")).ToHaveCountAsync(0);
        await page.CheckpointAsync("164-lq-final-filed");

        // 6. The reviewer finds it waiting in the office's list and recommends it.
        await office.GotoKeepingContentAsync("office/liquidations");
        var row = office.Locator($"#liquidation-row-{liquidationId}");
        await Expect(row).ToContainTextAsync("گزارش نهایی در انتظار بررسی");
        await office.CheckpointAsync("165-lq-office-list");
        await row.GetByRole(AriaRole.Link).PressByKeyboardAsync();
        await office.WaitForURLAsync(new Regex($"/office/liquidations/{liquidationId}$"));
        await office.WaitForInteractiveAsync();
        await office.Locator("#liquidation-recommend").PressByKeyboardAsync();
        await office.ConfirmByKeyboardAsync(name);
        await office.ExpectStatusAsync("#liquidation-status", "در انتظار تأیید مدیر اداره کل");
        await Expect(office.Locator("#liquidation-confirm")).ToHaveCountAsync(0); // the one who started it never strikes it off

        // 7. The head, who did not start it, confirms by keyboard: the cooperative is struck off.
        var head = await browser.NewPageAsync();
        await head.LoginAsync(Head.NationalCode, DemoAccounts.Password);
        await head.GotoKeepingContentAsync($"office/liquidations/{liquidationId}");
        await head.Locator("#liquidation-confirm").PressByKeyboardAsync();
        await head.ConfirmByKeyboardAsync(name);
        await head.ExpectStatusAsync("#liquidation-status", "حذف از دفتر ثبت");
        await Expect(head.Locator("#liquidation-done")).ToContainTextAsync("گزارش نهایی تأیید و تعاونی از دفتر ثبت حذف شد.");
        await Expect(head.Locator("#liquidation-decision")).ToHaveCountAsync(0);
        await head.CheckpointAsync("166-lq-struck-off");

        // 8. The card says so, and so does the public check of its formation certificate, signed out.
        await head.GotoKeepingContentAsync($"cooperatives/{cooperativeId}");
        await Expect(head.Locator("#cooperative-status")).ToContainTextAsync("حذف از دفتر ثبت");
        await Expect(head.Locator("#cooperative-liquidation-status")).ToHaveTextAsync("حذف از دفتر ثبت");
        await head.CheckpointAsync("167-lq-card-struck-off");

        var visitor = await browser.NewPageAsync();
        var check = await visitor.GotoAsync($"verify/{verificationCode}");
        Assert.Equal(200, check!.Status);
        await Expect(visitor.Locator("#cooperative-status")).ToHaveAttributeAsync("data-cooperative-status", nameof(CooperativeStatus.StruckOff));
        await Expect(visitor.Locator("#cooperative-status")).ToHaveTextAsync(CooperativeStatusText.EndOfLifeNotice(CooperativeStatus.StruckOff)!);
        await visitor.CheckpointAsync("168-lq-verify-struck-off");
    }

    private async Task<Person> PersonAsync(string name, string role, int? province = null)
    {
        var code = TestNationalCodes.Next();
        var fullName = $"{name} {PersianFormat.Digits(code[..4])}";
        var user = await TestAccounts.CreateAsync(browser.Portal.Services, code, fullName, role, province, Password, "lq", mobile: TestNumbers.Mobile());
        return new Person(code, fullName, user.Id);
    }

    /// <summary>
    /// A Zanjan cooperative formed through the portal (its application approved, which issues its formation
    /// certificate), the manager its CEO; returns its id, name and the certificate's verification code.
    /// </summary>
    private async Task<(Guid Id, string Name, string VerificationCode)> SeedCooperativeAsync(Person manager)
    {
        var now = DateTime.UtcNow;
        var reviewerId = await SeededApplications.UserIdAsync(browser.Portal, Reviewer.NationalCode);
        var headId = await SeededApplications.UserIdAsync(browser.Portal, Head.NationalCode);
        var application = (await CompleteApplications.SubmitAsync(browser.Portal.Services, manager.UserId, manager.NationalCode, DemoAccounts.ZanjanProvinceId, [now], a =>
        {
            a.Claim(reviewerId, now);
            a.Recommend(reviewerId, "کامل است.", now);
            a.Approve(headId, now);
        })).Single();
        var number = TestNumbers.RegistrationNumber();
        var name = $"تعاونی در آستانه انحلال زنجان {number}";
        var cooperative = Cooperative.Import(new ImportedCooperative(name, number, JalaliDate.Parse("1399/01/15")!.Value, null, DemoAccounts.ZanjanProvinceId,
            null, null, 20, 900_000_000, manager.NationalCode, manager.FullName, null), now);
        cooperative.ReplaceOfficers([new OfficerEntry(OfficerRole.Ceo, manager.FullName, manager.NationalCode)]);
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        await db.Cooperatives.Where(c => c.Id == cooperative.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.FormationApplicationId, application.Id));
        var code = await db.FormationCertificates.Where(c => c.ApplicationId == application.Id).Select(c => c.VerificationCode).SingleAsync();
        return (cooperative.Id, name, code);
    }

    /// <summary>The extraordinary assembly with the dissolution on its agenda, announced 19 days before it met and its observer assigned.</summary>
    private async Task<Guid> SeedAnnouncedAssemblyAsync(Guid cooperativeId, Person manager, Person observer, DateOnly meetingDay)
    {
        var now = DateTime.UtcNow;
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cooperative = await db.Cooperatives.SingleAsync(c => c.Id == cooperativeId);
        var assembly = GeneralAssembly.Start(cooperative, manager.UserId, GeneralAssemblyKind.Extraordinary, now);
        assembly.EditNotice(new AssemblyNotice(GeneralAssemblyKind.Extraordinary, meetingDay, new TimeOnly(16, 0), "زنجان، خیابان سعدی، سالن اجتماعات تعاونی", null,
            "از اعضای محترم دعوت می‌شود در مجمع عمومی فوق‌العاده برای تصمیم درباره انحلال تعاونی حاضر شوند."), now);
        assembly.SetAgenda([new AgendaItem(AgendaItemKind.Dissolve)], now);
        assembly.Announce(meetingDay.AddDays(-19), AssemblyRules.Default, now);
        assembly.AssignObserver(await SeededApplications.UserIdAsync(browser.Portal, Head.NationalCode), observer.UserId, observer.FullName, now);
        db.GeneralAssemblies.Add(assembly);
        await db.SaveChangesAsync();
        return assembly.Id;
    }
}
