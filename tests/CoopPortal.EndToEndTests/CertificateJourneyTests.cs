using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 5's journey in Chromium: the head approves a recommended application and the certificate appears; the citizen
/// downloads it (a real PDF, read back) and the summary; the public verification page says valid, then revoked after the
/// head revokes it on the review page; an unknown code gets the not-found page with status 404.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CertificateJourneyTests(BrowserFixture browser)
{
    private static readonly string HeadCode = DemoAccounts.All.Single(a => a.Role == "HeadOfOffice").NationalCode;
    private static readonly string ReviewerCode = DemoAccounts.All.Single(a => a.Role == "Reviewer").NationalCode;

    [Fact]
    public async Task Approve_download_verify_revoke()
    {
        var citizenPage = await browser.NewPageAsync();
        var citizen = Citizen.Create();
        await citizenPage.RegisterAsync(citizen);
        var applicantId = await SeededApplications.UserIdAsync(browser.Portal, citizen.NationalCode);
        var reviewerId = await SeededApplications.UserIdAsync(browser.Portal, ReviewerCode);
        var application = (await CompleteApplications.SubmitAsync(browser.Portal.Services, applicantId, citizen.NationalCode, 14, [DateTime.UtcNow], a =>
        {
            a.Claim(reviewerId, DateTime.UtcNow);
            a.Recommend(reviewerId, "کامل است.", DateTime.UtcNow);
        })).Single();

        var head = await browser.NewPageAsync();
        await head.LoginAsync(HeadCode, DemoAccounts.Password);
        await head.GotoAsync($"review/{application.Id}");
        await head.WaitForInteractiveAsync();
        await head.Locator("#approve").PressByKeyboardAsync();
        await head.ConfirmByKeyboardAsync(application.TrackingCode!);
        await head.ExpectStatusAsync("#review-status", "تأیید شده");
        await Expect(head.Locator("#certificate-state")).ToHaveTextAsync("معتبر");
        var number = await head.Locator("#certificate-number").InnerTextAsync();
        Assert.Matches("^[0-9]{4}/14/[0-9]{5}$", number); // a code: Latin digits (docs/glossary.md)

        // The citizen downloads the certificate from their application page.
        await citizenPage.LoginAsync(citizen.NationalCode, citizen.Password);
        await citizenPage.GotoAsync($"applications/{application.Id}");
        await citizenPage.WaitForInteractiveAsync();
        await Expect(citizenPage.Locator("#certificate-number")).ToHaveTextAsync(number);
        await citizenPage.CheckpointAsync("50-citizen-certificate");
        var download = await citizenPage.RunAndWaitForDownloadAsync(() => citizenPage.Locator("#certificate-download").PressByKeyboardAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.StartsWith("certificate-", download.SuggestedFilename, StringComparison.Ordinal);
        var text = PdfInspection.Text(pdf);
        Assert.Empty(Glossary.Check(text));
        Assert.Contains(application.TrackingCode!, text, StringComparison.Ordinal); // a code in Latin digits (docs/glossary.md)
        Assert.Contains(number, text, StringComparison.Ordinal);
        var png = PdfInspection.FirstPageToPng(pdf, "journey-certificate");
        var verificationUrl = Assert.Single(PdfInspection.QrCodes(png));

        var summary = await citizenPage.RunAndWaitForDownloadAsync(() => citizenPage.Locator("#summary-download").PressByKeyboardAsync());
        var summaryPdf = await File.ReadAllBytesAsync((await summary.PathAsync())!);
        var summaryText = PdfInspection.Text(summaryPdf);
        Assert.Contains(application.TrackingCode!, summaryText, StringComparison.Ordinal);
        Assert.Empty(Glossary.Check(summaryText));

        // Anyone, signed in or not, checks the QR link (its path, on this test server).
        var visitor = await browser.NewPageAsync();
        var path = new Uri(verificationUrl).AbsolutePath.TrimStart('/');
        var valid = await visitor.GotoAsync(path);
        Assert.Equal(200, valid!.Status);
        await Expect(visitor.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "valid");
        await Expect(visitor.Locator("#certificate-number")).ToHaveTextAsync(number);
        await visitor.CheckpointAsync("51-verification-valid");

        // The head revokes it with a reason; the public page then says revoked.
        await head.Locator("#revoke-reason").TypeByKeyboardAsync("مدارک هویتی یکی از مؤسسان جعلی تشخیص داده شد.");
        await head.Locator("#revoke").PressByKeyboardAsync();
        await head.CheckpointAsync("52a-revoke-confirmation");
        await head.ConfirmByKeyboardAsync("مدارک هویتی یکی از مؤسسان جعلی تشخیص داده شد.");
        await head.ExpectStatusAsync("#review-status", "موافقت‌نامه ابطال شده");
        await Expect(head.Locator("#certificate-state")).ToContainTextAsync("ابطال‌شده");
        await head.CheckpointAsync("52-head-revoked");
        var revoked = await visitor.GotoAsync(path);
        Assert.Equal(200, revoked!.Status);
        await Expect(visitor.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "revoked");
        await visitor.CheckpointAsync("53-verification-revoked");

        var unknown = await visitor.GotoAsync("verify/" + Domain.Certificates.VerificationCode.New());
        Assert.Equal(404, unknown!.Status);
        await Expect(visitor.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "unknown");
        await visitor.CheckpointAsync("54-verification-unknown");
    }
}
