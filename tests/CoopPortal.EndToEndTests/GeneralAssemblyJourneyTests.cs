using System.Text.RegularExpressions;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 19's journey: a registered cooperative whose board's term has ended announces its annual ordinary assembly to
/// elect a new board; two people stand (one is the cooperative's inspector and is refused by rule E02, shown to the
/// office with its evidence); the head assigns an observer; after the meeting the manager records the minutes, the
/// observer confirms, another reviewer confirms; the card then shows the new board and the old one as history, and the
/// next self-declaration starts with the new board and the assembly's day.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GeneralAssemblyJourneyTests(BrowserFixture browser)
{
    private const string Password = "Journey-Assembly-2026!";
    private static readonly string HeadCode = DemoAccounts.All.Single(a => a.Role == Domain.Users.Roles.HeadOfOffice).NationalCode;
    private static readonly string ObserverCode = DemoAccounts.All.Single(a => a.Role == Domain.Users.Roles.Reviewer).NationalCode;

    private sealed record Person(string NationalCode, string FullName, string UserId);

    [Fact]
    public async Task A_board_election_goes_from_notice_to_the_registry_and_the_next_declaration()
    {
        // The portal's today: the 20th day of the new fiscal year, inside the ordinary assembly's window; the meeting
        // is 12 days later, the minutes two days after it.
        var year = JalaliDate.YearOf(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3.5)));
        var noticeDay = Domain.Supervision.RiskRules.FiscalYearEnd(year).AddDays(21);
        var meetingDay = noticeDay.AddDays(12);
        var start = noticeDay.ToDateTime(new TimeOnly(5, 30), DateTimeKind.Utc);
        browser.Portal.Clock.Offset = start - DateTime.UtcNow;
        try
        {
            var manager = await PersonAsync("مدیرعامل", Domain.Users.Roles.CooperativeManager);
            var newcomer = await PersonAsync("نامزد تازه", Domain.Users.Roles.Applicant);
            var inspector = await PersonAsync("بازرس کنونی", Domain.Users.Roles.Applicant);
            var seconds = new[] { await PersonAsync("نامزد دوم", Domain.Users.Roles.Applicant), await PersonAsync("نامزد سوم", Domain.Users.Roles.Applicant) };
            var confirmer = await PersonAsync("کارشناس دوم", Domain.Users.Roles.Reviewer, DemoAccounts.ZanjanProvinceId);
            var (cooperativeId, registrationNumber, oldBoard) = await SeedCooperativeAsync(manager, inspector);

            // 1. The manager announces the ordinary assembly with the board's election on its agenda.
            var page = await browser.NewPageAsync();
            await page.LoginAsync(manager.NationalCode, Password);
            await page.GotoKeepingContentAsync($"cooperatives/{cooperativeId}");
            await page.Locator("#general-assembly-start-button").PressByKeyboardAsync();
            await page.WaitForURLAsync(new Regex("/general-assemblies/[0-9a-f-]{36}/notice$"));
            await page.WaitForInteractiveAsync();
            var assemblyId = Regex.Match(page.Url, "[0-9a-f-]{36}").Value;
            await page.Locator("#notice-meeting-on").TypeByKeyboardAsync(JalaliDate.Format(meetingDay));
            await page.Locator("#notice-meeting-time").TypeByKeyboardAsync("۱۶:۳۰");
            await page.Locator("#notice-place").TypeByKeyboardAsync("زنجان، خیابان سعدی، سالن اجتماعات تعاونی");
            await page.Locator("#notice-invitation").TypeByKeyboardAsync("از اعضای محترم دعوت می‌شود در مجمع عمومی عادی سالانه حاضر شوند.");
            await page.Locator("#agenda-ApproveFinancialStatements").TickByKeyboardAsync();
            await page.Locator("#agenda-ElectBoard").TickByKeyboardAsync();
            await Expect(page.Locator("#notice-save-status")).ToContainTextAsync("ذخیره شد");
            await page.CheckpointAsync("100-ga-notice");
            await page.Locator("#notice-review").PressByKeyboardAsync();
            await page.WaitForURLAsync(new Regex($"/general-assemblies/{assemblyId}$"));
            await page.WaitForInteractiveAsync();
            await page.Locator("#ga-announce").PressByKeyboardAsync();
            await page.ConfirmByKeyboardAsync("انتخاب اعضای هیئت مدیره");
            await page.ExpectStatusAsync("#ga-status", "آگهی منتشر شد؛ در انتظار تصمیم نظارت");
            await Expect(page.Locator("#ga-stand-link")).ToBeVisibleAsync();
            await page.CheckpointAsync("101-ga-announced");

            // 2. Two people stand for the board with their documents; two more were approved already (seeded).
            var newcomerCandidacy = await StandAsync(newcomer, assemblyId, "102-ga-stand");
            var inspectorCandidacy = await StandAsync(inspector, assemblyId, null);
            await SeedApprovedCandidaciesAsync(assemblyId, seconds, confirmer.UserId);

            // 3. The reviewer checks them: the inspector is barred by E02 (its evidence shown) and refused with that rule.
            var office = await browser.NewPageAsync();
            await office.LoginAsync(ObserverCode, DemoAccounts.Password);
            await office.GotoKeepingContentAsync($"office/candidacies/{inspectorCandidacy}");
            var barred = office.Locator("#candidacy-eligibility tr.eligibility-finding[data-rule=E02]");
            await Expect(barred).ToHaveAttributeAsync("data-verdict", "NotEligible");
            await Expect(barred.Locator(".eligibility-evidence")).ToContainTextAsync("بازرس");
            await office.CheckpointAsync("103-ga-candidacy-review");
            await Expect(office.Locator("#candidacy-refuse-reason")).ToHaveValueAsync(new Regex("E02|E۰۲"));
            await office.Locator("#candidacy-refuse").PressByKeyboardAsync();
            await office.ConfirmByKeyboardAsync("دلیل رد صلاحیت");
            await office.ExpectStatusAsync("#candidacy-status", "صلاحیت تأیید نشد");

            await office.GotoKeepingContentAsync($"office/candidacies/{newcomerCandidacy}");
            await Expect(office.Locator("#candidacy-eligibility tr.eligibility-finding[data-verdict=NotEligible]")).ToHaveCountAsync(0);
            await office.Locator("#candidacy-approve").PressByKeyboardAsync();
            await office.ConfirmByKeyboardAsync(newcomer.FullName);
            await office.ExpectStatusAsync("#candidacy-status", "صلاحیت تأیید شد");

            // The candidate reads the refusal and the rule behind it.
            var refused = await browser.NewPageAsync();
            await refused.LoginAsync(inspector.NationalCode, Password);
            await refused.GotoKeepingContentAsync($"candidacies/{inspectorCandidacy}");
            await Expect(refused.Locator("#candidacy-status")).ToHaveTextAsync("صلاحیت تأیید نشد");
            await Expect(refused.Locator("#outcome-reason")).ToContainTextAsync(new Regex("E02|E۰۲"));
            await refused.CheckpointAsync("104-ga-candidacy-refused");

            // 4. The head assigns the observer (supervision is required: the agenda elects the board).
            var head = await browser.NewPageAsync();
            await head.LoginAsync(HeadCode, DemoAccounts.Password);
            await head.GotoKeepingContentAsync($"office/general-assemblies/{assemblyId}");
            await Expect(head.Locator("#ga-supervision-required")).ToBeVisibleAsync();
            await Expect(head.Locator("#candidates-table")).ToContainTextAsync(inspector.FullName);
            await head.Locator("#ga-observer-select").ChooseByKeyboardAsync(DemoAccounts.All.Single(a => a.NationalCode == ObserverCode).FullName);
            await head.Locator("#ga-assign-observer").PressByKeyboardAsync();
            await head.ConfirmByKeyboardAsync(DemoAccounts.All.Single(a => a.NationalCode == ObserverCode).FullName);
            await head.ExpectStatusAsync("#ga-status", "ناظر تعیین شد");
            await head.CheckpointAsync("105-ga-observer-assigned");

            // 5. Two days after the meeting the manager records the minutes: attendance, resolutions, the three elected.
            browser.Portal.Clock.Offset = start.AddDays(14) - DateTime.UtcNow;
            var minutes = await browser.NewPageAsync();
            await minutes.LoginAsync(manager.NationalCode, Password);
            await minutes.GotoKeepingContentAsync($"general-assemblies/{assemblyId}/minutes");
            await minutes.Locator("#minutes-call-First").TickRadioAsync();
            await minutes.Locator("#minutes-members").TypeByKeyboardAsync("۲۰");
            await minutes.Locator("#minutes-present").TypeByKeyboardAsync("۱۴");
            await minutes.Locator("#minutes-represented").TypeByKeyboardAsync("۰");
            await minutes.Locator("#resolution-0-adopted").TickRadioAsync();
            await minutes.Locator("#resolution-1-adopted").TickRadioAsync();
            var elected = new[] { newcomer, seconds[0], seconds[1] };
            for (var i = 0; i < elected.Length; i++)
            {
                await minutes.Locator("#elected-add").PressByKeyboardAsync();
                await minutes.Locator($"#elected-{i}-post").ChooseByKeyboardAsync("عضو اصلی هیئت مدیره");
                await minutes.Locator($"#elected-{i}-person").ChooseByKeyboardAsync($"{elected[i].FullName} ({PersianDigits(elected[i].NationalCode)}، عضو اصلی هیئت مدیره)");
                await minutes.Locator($"#elected-{i}-votes").TypeByKeyboardAsync("۱۲");
            }

            await minutes.UploadMinutesAsync("SignedMinutes", "signed-minutes.pdf");
            await Expect(minutes.Locator("#minutes-save-status")).ToContainTextAsync("ذخیره شد");
            await minutes.CheckpointAsync("106-ga-minutes");
            await minutes.Locator("#minutes-submit").PressByKeyboardAsync();
            await minutes.WaitForURLAsync(new Regex($"/general-assemblies/{assemblyId}$"));
            await minutes.ExpectStatusAsync("#ga-status", "صورت‌جلسه ارسال شد؛ در انتظار گزارش ناظر");

            // 6. The observer confirms the meeting; the other reviewer confirms the minutes and the registry changes.
            var observer = await browser.NewPageAsync();
            await observer.LoginAsync(ObserverCode, DemoAccounts.Password);
            await observer.GotoKeepingContentAsync($"office/general-assemblies/{assemblyId}");
            await Expect(observer.Locator("#ga-review")).ToHaveCountAsync(0);
            await observer.Locator("#ga-observer-note").TypeByKeyboardAsync("مجمع با حضور ناظر و طبق آگهی برگزار شد.");
            await observer.Locator("#ga-observer-confirm").PressByKeyboardAsync();
            await observer.ExpectStatusAsync("#ga-status", "تأیید ناظر");
            await Expect(observer.Locator("#ga-review #ga-confirm")).ToHaveCountAsync(0);

            var reviewer = await browser.NewPageAsync();
            await reviewer.LoginAsync(confirmer.NationalCode, Password);
            await reviewer.GotoKeepingContentAsync($"office/general-assemblies/{assemblyId}");
            await reviewer.CheckpointAsync("107-ga-review");
            await reviewer.Locator("#ga-confirm").PressByKeyboardAsync();
            await reviewer.ConfirmByKeyboardAsync(newcomer.FullName);
            await reviewer.ExpectStatusAsync("#ga-status", "تأیید شد؛ تغییرات ثبت شد");

            // 7. The manager downloads the registry-change notice: printed by the engine, read back, its QR leading
            //    anyone to the public check of the same notice.
            await minutes.GotoKeepingContentAsync($"general-assemblies/{assemblyId}");
            var noticeNumber = await minutes.Locator("#assembly-change-notice-number").InnerTextAsync();
            await minutes.CheckpointAsync("108-ga-confirmed");
            var download = await minutes.RunAndWaitForDownloadAsync(() => minutes.Locator("#assembly-change-notice-download").PressByKeyboardAsync());
            var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
            var text = PdfInspection.Text(pdf);
            Assert.Contains("آگهی تغییرات", text, StringComparison.Ordinal);
            Assert.Contains(noticeNumber.Trim(), text, StringComparison.Ordinal);
            Assert.Contains(registrationNumber, text, StringComparison.Ordinal);
            Assert.Empty(Glossary.Check(text));
            var verificationUrl = Assert.Single(PdfInspection.QrCodes(PdfInspection.FirstPageToPng(pdf, "journey-change-notice")));
            var visitor = await browser.NewPageAsync();
            var check = await visitor.GotoAsync(new Uri(verificationUrl).AbsolutePath.TrimStart('/'));
            Assert.Equal(200, check!.Status);
            await Expect(visitor.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "valid");
            await Expect(visitor.Locator("dl[data-kind=RegistryChangeNotice]")).ToBeVisibleAsync();
            await Expect(visitor.Locator("#notice-number")).ToHaveTextAsync(noticeNumber.Trim());
            await Expect(visitor.Locator("#notice-changes li").First).ToBeVisibleAsync();
            await Expect(visitor.Locator("body")).Not.ToContainTextAsync(newcomer.FullName);
            await visitor.CheckpointAsync("109-ga-notice-verified");

            // 8. The card shows the new board with its term and the old board as history.
            await minutes.GotoKeepingContentAsync($"cooperatives/{cooperativeId}");
            var officers = minutes.Locator("#cooperative-officers");
            foreach (var person in elected)
            {
                await Expect(officers).ToContainTextAsync(person.FullName);
            }

            await Expect(officers).Not.ToContainTextAsync(oldBoard[0]);
            var history = minutes.Locator("#cooperative-officer-history tr.officer-history-row");
            await Expect(history).ToHaveCountAsync(oldBoard.Count);
            await Expect(history.First).ToContainTextAsync(PersianDigits(JalaliDate.Format(meetingDay)));
            await minutes.CheckpointAsync("110-ga-card-after");

            // 9. The declaration of the year that ended starts with the new board and the day of the assembly.
            await minutes.Locator($"#declaration-start-{year}").PressByKeyboardAsync();
            await minutes.WaitForURLAsync(new Regex("/declarations/[0-9a-f-]{36}$"));
            var declarationId = minutes.Url[^36..];
            await minutes.GotoKeepingContentAsync($"declarations/{declarationId}/sections/officers");
            var typedOfficers = await minutes.Locator("[id^=decl-officer-] input").EvaluateAllAsync<string[]>("es => es.map(e => e.value)");
            Assert.All(elected, person => Assert.Contains(person.FullName, typedOfficers));
            Assert.DoesNotContain(oldBoard[0], typedOfficers);
            await minutes.CheckpointAsync("111-ga-declaration-officers");

            await minutes.GotoKeepingContentAsync($"declarations/{declarationId}/sections/assemblies");
            await Expect(minutes.Locator("#decl-OrdinaryAssemblyHeldOn")).ToHaveValueAsync(new Regex(
                $"^({Regex.Escape(JalaliDate.Format(meetingDay))}|{Regex.Escape(PersianDigits(JalaliDate.Format(meetingDay)))})$"));
        }
        finally
        {
            browser.Portal.Clock.Offset = TimeSpan.Zero;
        }
    }

    /// <summary>Registers <paramref name="person"/> for a principal board seat with both documents; returns the candidacy's id.</summary>
    private async Task<string> StandAsync(Person person, string assemblyId, string? checkpoint)
    {
        var page = await browser.NewPageAsync();
        await page.LoginAsync(person.NationalCode, Password);
        await page.GotoKeepingContentAsync($"general-assemblies/{assemblyId}/stand");
        await page.Locator("#stand-post-BoardMember").TickRadioAsync();
        if (checkpoint is not null)
        {
            await page.CheckpointAsync(checkpoint);
        }

        await page.Locator("#stand-register").PressByKeyboardAsync();
        await page.WaitForURLAsync(new Regex("/candidacies/[0-9a-f-]{36}$"));
        await page.WaitForInteractiveAsync();
        var id = page.Url[^36..];
        await page.UploadCandidacyFileAsync("IdCard", "id-card.pdf");
        await page.UploadCandidacyFileAsync("CriminalRecord", "record.pdf");
        await Expect(page.Locator("#candidacy-status")).ToHaveTextAsync("ثبت‌شده، در انتظار بررسی");
        await page.CloseAsync();
        return id;
    }

    private async Task<Person> PersonAsync(string name, string role, int? province = null)
    {
        var code = TestNationalCodes.Next();
        var fullName = $"{name} {PersianDigits(code[..4])}";
        var user = await TestAccounts.CreateAsync(browser.Portal.Services, code, fullName, role, province, Password, "ga", mobile: TestNumbers.Mobile());
        return new Person(code, fullName, user.Id);
    }

    /// <summary>A Zanjan cooperative registered in 1399: the manager its CEO, a board whose term has ended, the inspector standing.</summary>
    private async Task<(string Id, string RegistrationNumber, IReadOnlyList<string> OldBoard)> SeedCooperativeAsync(Person manager, Person inspector)
    {
        var number = TestNumbers.RegistrationNumber();
        var name = $"تعاونی مجمع‌داران زنجان {number}";
        var termEnded = JalaliDate.Parse("1405/01/31")!.Value;
        var oldBoard = Enumerable.Range(1, 3).Select(i => $"عضو پیشین {i} {number}").ToList();
        var cooperative = Cooperative.Import(new ImportedCooperative(name, number, JalaliDate.Parse("1399/01/15")!.Value, null, DemoAccounts.ZanjanProvinceId,
            null, null, 20, 900_000_000, manager.NationalCode, manager.FullName, termEnded), DateTime.UtcNow);
        cooperative.ReplaceOfficers([
            new OfficerEntry(OfficerRole.Ceo, manager.FullName, manager.NationalCode),
            .. oldBoard.Select(full => new OfficerEntry(OfficerRole.BoardMember, full, TestNationalCodes.Next(), JalaliDate.Parse("1402/02/01"), termEnded)),
            new OfficerEntry(OfficerRole.Inspector, inspector.FullName, inspector.NationalCode, JalaliDate.Parse("1405/02/01"), JalaliDate.Parse("1406/01/31")),
        ]);
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return (cooperative.Id.ToString(), number, oldBoard);
    }

    /// <summary>Two more approved board candidates, as if they had stood and been checked (the board needs three).</summary>
    private async Task SeedApprovedCandidaciesAsync(string assemblyId, IEnumerable<Person> people, string reviewerId)
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var assembly = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.GeneralAssemblies, a => a.Id == Guid.Parse(assemblyId));
        var now = browser.Portal.Clock.GetUtcNow().UtcDateTime;
        var today = Application.Common.Formatting.PersianFormat.LocalDate(now);
        foreach (var person in people)
        {
            var candidacy = Domain.Assemblies.Candidacy.Register(assembly, OfficerRole.BoardMember, person.UserId, person.NationalCode, person.FullName, today, now);
            candidacy.AttachFile(Domain.Assemblies.CandidateFileKind.IdCard, "id.pdf", "application/pdf", 10, "00", "none", now);
            candidacy.Approve(reviewerId, [], now);
            db.Candidacies.Add(candidacy);
        }

        await db.SaveChangesAsync();
    }

    private static string PersianDigits(string text) => Application.Common.Formatting.PersianFormat.Digits(text);
}
