using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 20's member in Chromium: a member of a Justice Shares cooperative signs in, opens «عضویت‌های من», asks for the
/// membership certificate, downloads it, reads it back, and follows its QR code to the public check, which shows the
/// membership with the national code masked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MembershipJourneyTests(BrowserFixture browser)
{
    private const string Password = "Journey-Member-2026!";

    [Fact]
    public async Task A_member_sees_the_membership_downloads_the_certificate_and_its_qr_opens_the_public_check()
    {
        var code = TestNationalCodes.Next();
        var fullName = $"عضو سهام عدالت {PersianDigits.ToPersian(code[..4])}";
        await TestAccounts.CreateAsync(browser.Portal.Services, code, fullName, Roles.Applicant, null, Password, "mb", mobile: TestNumbers.Mobile());
        var (cooperative, number) = await SeedMembershipAsync(code, fullName);

        var page = await browser.NewPageAsync();
        await page.LoginAsync(code, Password);
        await page.GotoKeepingContentAsync("memberships");
        var card = page.Locator("#memberships-list > div").Filter(new() { HasText = cooperative });
        await Expect(card).ToContainTextAsync("۲٬۵۰۰٬۰۰۰ ریال");
        await Expect(card).ToContainTextAsync("۱۳۸۵/۰۷/۰۱");
        await page.CheckpointAsync("130-memberships");

        await card.Locator("button[id^=membership-ask-]").PressByKeyboardAsync();
        var numberText = card.Locator("bdi.membership-certificate-number");
        await Expect(numberText).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9]{4}/14/[0-9]{5}$")); // a code: Latin digits
        var certificateNumber = (await numberText.InnerTextAsync()).Trim();
        await page.CheckpointAsync("131-membership-certificate");

        var download = await page.RunAndWaitForDownloadAsync(() => card.Locator("a[id^=membership-download-]").PressByKeyboardAsync());
        Assert.StartsWith("membership-certificate-", download.SuggestedFilename, StringComparison.Ordinal);
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var text = PdfInspection.Text(pdf);
        Assert.Empty(Glossary.Check(text));
        Assert.Contains("گواهی عضویت در تعاونی", text, StringComparison.Ordinal);
        Assert.Contains(fullName, text, StringComparison.Ordinal);
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains(certificateNumber, text, StringComparison.Ordinal);
        var verificationUrl = Assert.Single(PdfInspection.QrCodes(PdfInspection.FirstPageToPng(pdf, "journey-membership-certificate")));

        // Anyone follows the QR link: the membership as at issue, the national code masked, no name.
        var visitor = await browser.NewPageAsync();
        var valid = await visitor.GotoAsync(new Uri(verificationUrl).AbsolutePath.TrimStart('/'));
        Assert.Equal(200, valid!.Status);
        await Expect(visitor.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "valid");
        await Expect(visitor.Locator("#membership-certificate-number")).ToHaveTextAsync(certificateNumber);
        await Expect(visitor.Locator("#membership-national-code")).ToHaveTextAsync("******" + code[^4..]);
        await Expect(visitor.Locator("#membership-shares")).ToHaveTextAsync("۲٬۵۰۰٬۰۰۰ ریال");
        Assert.DoesNotContain(fullName, await visitor.ContentAsync(), StringComparison.Ordinal);
        await visitor.CheckpointAsync("132-membership-verified");
    }

    /// <summary>A Zanjan Justice Shares cooperative with the person among its members (as an administrator's import leaves it).</summary>
    private async Task<(string Name, string RegistrationNumber)> SeedMembershipAsync(string code, string fullName)
    {
        var number = TestNumbers.RegistrationNumber();
        var name = $"تعاونی سهام عدالت زنجان {number}";
        var cooperative = Cooperative.Import(new ImportedCooperative(name, number, JalaliDate.Parse("1385/06/01")!.Value, null, DemoAccounts.ZanjanProvinceId,
            null, null, 610_000, 1_000_000_000_000, TestNationalCodes.Next(), "مدیرعامل سهام عدالت", null), DateTime.UtcNow);
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Cooperatives.Add(cooperative);
        db.CooperativeMembers.Add(new CooperativeMember(cooperative.Id, code, fullName, 2_500_000, JalaliDate.Parse("1385/07/01"), MembershipSource.Import, DateTime.UtcNow));
        await db.SaveChangesAsync();
        return (name, number);
    }
}
