using CoopPortal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 4's journey: a Zanjan reviewer finds the application in the queue, claims it and sends it back with a
/// comment; the citizen fixes the section and resubmits; the reviewer recommends; the head approves; the citizen
/// sees "approved". The office's part and the citizen's notifications are done with the keyboard alone (issue 17).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewJourneyTests(BrowserFixture browser)
{
    private static readonly string ReviewerCode = DemoAccounts.All.Single(a => a.Role == "Reviewer").NationalCode;
    private static readonly string HeadCode = DemoAccounts.All.Single(a => a.Role == "HeadOfOffice").NationalCode;

    [Fact]
    public async Task Send_back_correct_resubmit_recommend_approve()
    {
        var citizenPage = await browser.NewPageAsync();
        var citizen = Citizen.Create();
        await citizenPage.RegisterAsync(citizen);
        var (id, trackingCode) = await SeededApplications.SubmitAsync(browser.Portal, citizen);

        var reviewer = await browser.NewPageAsync();
        await reviewer.LoginAsync(ReviewerCode, DemoAccounts.Password);
        // The dashboard counts the waiting work (the application just sent is among it) and links to its queue.
        await reviewer.GotoAsync("dashboard");
        await reviewer.WaitForInteractiveAsync();
        await Expect(reviewer.Locator("#waiting-new")).Not.ToContainTextAsync("هیچ");
        await reviewer.CheckpointAsync("39-reviewer-waiting-work");
        await reviewer.Locator("#waiting-new").PressByKeyboardAsync();
        await Expect(reviewer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/office/14$"));
        await reviewer.WaitForInteractiveAsync();
        await reviewer.Locator("#queue-search").TypeByKeyboardAsync(trackingCode);
        await Expect(reviewer.Locator("#queue-table tbody tr")).ToHaveCountAsync(1);
        await reviewer.CheckpointAsync("40-review-queue");
        await reviewer.Locator("#queue-table tbody tr a").PressByKeyboardAsync();
        await Expect(reviewer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/review/{id}$"));
        await reviewer.WaitForInteractiveAsync();
        await reviewer.Locator("#claim").PressByKeyboardAsync();
        await reviewer.ExpectStatusAsync("#review-status", "در حال بررسی");
        // Two sections in one decision; the confirmation sums them up, and Escape leaves everything as it was.
        await reviewer.Locator("#sendback-section-0").ChooseByKeyboardAsync("نام‌های پیشنهادی");
        await reviewer.Locator("#sendback-comment-0").TypeByKeyboardAsync("نام نخست با یک تعاونی دیگر مشابه است؛ نام دیگری برگزینید.");
        await reviewer.Locator("#sendback-add").PressByKeyboardAsync();
        await reviewer.Locator("#sendback-section-1").ChooseByKeyboardAsync("مشخصات تعاونی");
        await reviewer.Locator("#sendback-comment-1").TypeByKeyboardAsync("نشانی را با پلاک و واحد کامل کنید.");
        await reviewer.Locator("#send-back").PressByKeyboardAsync();
        await Expect(reviewer.Locator("#confirm-facts")).ToContainTextAsync("نشانی را با پلاک و واحد کامل کنید.");
        await reviewer.CheckpointAsync("41a-send-back-confirmation");
        await reviewer.Keyboard.PressAsync("Escape");
        await Expect(reviewer.Locator("#confirm-facts")).ToBeHiddenAsync();
        await reviewer.ExpectStatusAsync("#review-status", "در حال بررسی");
        await reviewer.Locator("#send-back").PressByKeyboardAsync();
        await reviewer.ConfirmByKeyboardAsync("نام دیگری برگزینید");
        await reviewer.ExpectStatusAsync("#review-status", "بازگشت برای اصلاح");
        await Expect(reviewer.Locator("#decision-result")).ToContainTextAsync("بخش‌های «مشخصات تعاونی»، «نام‌های پیشنهادی» با توضیح‌های شما برای اصلاح به متقاضی بازگردانده شد.");
        await reviewer.CheckpointAsync("41-sent-back");

        await citizenPage.LoginAsync(citizen.NationalCode, citizen.Password);
        await citizenPage.OpenSectionAsync($"applications/{id}", "names");
        await Expect(citizenPage.Locator("#correction-comments")).ToContainTextAsync("نام دیگری برگزینید");
        await citizenPage.EnterAsync("Names[0]", "تعاونی آفتاب " + Guid.NewGuid().ToString("N")[..4]);
        await citizenPage.OpenSectionAsync($"applications/{id}", "declaration");
        await citizenPage.Locator("#main input[type=checkbox]").First.CheckAsync();
        await Expect(citizenPage.Locator("#save-status")).ToBeVisibleAsync();
        await citizenPage.GotoAsync($"applications/{id}/check");
        await citizenPage.WaitForInteractiveAsync();
        await citizenPage.Locator("#submit").ClickAsync();
        await Expect(citizenPage).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/submitted$"));

        await reviewer.ReloadAsync();
        await reviewer.WaitForInteractiveAsync();
        await reviewer.Locator("#claim").PressByKeyboardAsync();
        await reviewer.ExpectStatusAsync("#review-status", "در حال بررسی");
        await Expect(reviewer.Locator("#version-changes")).ToContainTextAsync("نام اولویت ۱"); // what the citizen corrected
        await reviewer.Locator("#recommend-note").TypeByKeyboardAsync("نام تازه مشابهی ندارد.");
        await reviewer.Locator("#recommend").PressByKeyboardAsync();
        await reviewer.ExpectStatusAsync("#review-status", "در انتظار تأیید مدیر");

        var head = await browser.NewPageAsync();
        await head.LoginAsync(HeadCode, DemoAccounts.Password);
        await head.GotoAsync($"review/{id}");
        await head.WaitForInteractiveAsync();
        await Expect(head.Locator("#recommendation")).ToContainTextAsync("نام تازه مشابهی ندارد."); // beside the head's decision
        await head.CheckpointAsync("42-head-review");
        await head.Locator("#reject").PressByKeyboardAsync(); // no reason chosen: refused with the reason's message, nothing changes
        await Expect(head.Locator("#decision-result")).ToContainTextAsync("دلیل رد را از فهرست انتخاب کنید.");
        await head.ExpectStatusAsync("#review-status", "در انتظار تأیید مدیر");
        await head.Locator("#approve").PressByKeyboardAsync();
        await Expect(head.Locator("#confirm-facts")).ToContainTextAsync(trackingCode);
        await head.CheckpointAsync("42a-approve-confirmation");
        await head.ConfirmByKeyboardAsync(trackingCode);
        await head.ExpectStatusAsync("#review-status", "تأیید شده");
        await Expect(head.Locator("#decision-result")).ToContainTextAsync("درخواست تأیید شد و موافقت‌نامه تشکیل صادر شد.");
        await Expect(head.Locator("#timeline")).ToContainTextAsync("موافقت‌نامه تشکیل صادر شد");

        await citizenPage.GotoAsync($"applications/{id}");
        await citizenPage.WaitForInteractiveAsync();
        await citizenPage.ExpectStatusAsync("#application-status", "تأیید شده");
        // Outcome first: the certificate's download is on the first screen, before the answers (issue 18).
        await Expect(citizenPage.Locator("#outcome")).ToHaveAttributeAsync("data-outcome", "approved");
        await Expect(citizenPage.Locator("#certificate-download")).ToBeVisibleAsync();
        var download = await citizenPage.Locator("#certificate-download").BoundingBoxAsync();
        var answers = await citizenPage.Locator("#summary-cooperative").BoundingBoxAsync();
        Assert.True(download!.Y < answers!.Y && download.Y < citizenPage.ViewportSize!.Height, $"The certificate's download is at {download.Y} px.");
        await Expect(citizenPage.Locator("#timeline")).ToContainTextAsync("موافقت‌نامه تشکیل صادر شد");
        await Expect(citizenPage.Locator("#notification-count .mud-badge")).ToBeVisibleAsync(); // unread, counted by the server
        await citizenPage.Locator("#notification-bell").PressByKeyboardAsync();
        await Expect(citizenPage).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/notifications$"));
        await Expect(citizenPage.Locator("#notification-list")).ToContainTextAsync("درخواست تأیید شد");
        await citizenPage.CheckpointAsync("43-citizen-sees-approved");
        await citizenPage.Locator("#mark-all-read").PressByKeyboardAsync();
        await Expect(citizenPage.Locator("#notification-summary")).ToHaveTextAsync("اعلان خوانده‌نشده‌ای ندارید.");
        await citizenPage.GotoAsync($"applications/{id}");
        await citizenPage.WaitForInteractiveAsync();
        await Expect(citizenPage.Locator("#notification-count .mud-badge")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_head_assigns_a_new_application_to_a_reviewer_of_the_province()
    {
        var citizenPage = await browser.NewPageAsync();
        var citizen = Citizen.Create();
        await citizenPage.RegisterAsync(citizen);
        var (id, _) = await SeededApplications.SubmitAsync(browser.Portal, citizen);
        var reviewerName = DemoAccounts.All.Single(a => a.Role == "Reviewer").FullName;

        var head = await browser.NewPageAsync();
        await head.LoginAsync(HeadCode, DemoAccounts.Password);
        await head.GotoAsync($"review/{id}");
        await head.WaitForInteractiveAsync();
        await head.Locator("#assign-reviewer").ChooseByKeyboardAsync(reviewerName);
        await head.Locator("#assign").PressByKeyboardAsync();

        await head.ExpectStatusAsync("#review-status", "در حال بررسی");
        await Expect(head.Locator("#timeline")).ToContainTextAsync("درخواست به کارشناس سپرده شد");
        await head.CheckpointAsync("44-head-assigned");
    }
}
