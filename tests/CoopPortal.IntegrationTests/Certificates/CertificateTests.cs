using System.Net;
using System.Security.Cryptography;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Certificates;

/// <summary>
/// The formation approval certificate end to end below the browser: issued at the head's approval, printed by real
/// Chromium, stored once, read back with PdfPig and zbarimg, verified publicly, revoked by the head.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class CertificateTests(PortalDatabaseFixture fixture)
{
    private async Task<Approved> ApprovedAsync(string name)
    {
        var owner = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(owner, name);
        var applicant = fixture.As(owner);
        Assert.True((await applicant.Submit.HandleAsync(id, default)).Succeeded);
        var reviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var head = fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        Assert.True((await reviewer.Review.ClaimAsync(id, default)).Succeeded);
        Assert.True((await reviewer.Review.RecommendAsync(id, null, default)).Succeeded);
        var approved = await head.Review.ApproveAsync(id, default);
        Assert.True(approved.Succeeded, approved.Message);
        var names = (await applicant.Get.HandleAsync(id, default)).Value!.Application.ProposedNames;
        return new Approved(id, applicant, reviewer, head, names[0].Name);
    }

    private sealed record Approved(Guid Id, PortalDatabaseFixture.Handlers Applicant, PortalDatabaseFixture.Handlers Reviewer, PortalDatabaseFixture.Handlers Head, string Name);

    [Fact]
    public async Task Approval_issues_a_certificate_whose_pdf_says_the_name_and_number_in_persian_and_whose_qr_opens_the_verification_page()
    {
        var approved = await ApprovedAsync("تعاونی مصرف کارکنان آموزش و پرورش");

        var view = await approved.Applicant.CertificateView.HandleAsync(approved.Id, default);
        Assert.NotNull(view);
        Assert.Matches(@"^\d{4}/14/\d{5}$", view.Number);
        Assert.Matches("/verify/[a-z2-7]{26}$", view.VerificationUrl);

        var download = await approved.Applicant.Certificate.HandleAsync(approved.Id, default);
        Assert.True(download.Succeeded, download.Message);
        var pdf = download.Value!.Content!;
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), download.Value.Sha256);
        Assert.Equal(1, PdfInspection.PageCount(pdf));

        var text = PdfInspection.Text(pdf);
        Assert.Contains(approved.Name, text, StringComparison.Ordinal);
        Assert.Contains(view.Number, text, StringComparison.Ordinal); // a code: Latin digits (docs/glossary.md)
        Assert.Empty(Glossary.Check(text));
        Assert.Contains("صفحه ۱ از ۱", text, StringComparison.Ordinal);
        Assert.Contains("تعاونی", text, StringComparison.Ordinal);
        Assert.True(PdfInspection.HasJoinedLetters(pdf), "Persian letters were not printed in their joined forms.");

        var png = PdfInspection.FirstPageToPng(pdf, "formation-certificate");
        Assert.Equal([view.VerificationUrl], PdfInspection.QrCodes(png));
    }

    [Fact]
    public async Task Every_download_is_byte_identical_and_the_pdf_is_printed_once()
    {
        var approved = await ApprovedAsync("تعاونی تولیدی فرش دستباف");
        var first = await approved.Applicant.Certificate.HandleAsync(approved.Id, default);
        var second = await approved.Reviewer.Certificate.HandleAsync(approved.Id, default);
        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(first.Value!.Content, second.Value!.Content);

        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var stored = await db.FormationCertificates.SingleAsync(c => c.ApplicationId == approved.Id);
        Assert.Equal(first.Value.Content, stored.Pdf);
        var printedAt = stored.PdfCreatedAtUtc;
        var third = await approved.Head.Certificate.HandleAsync(approved.Id, default);
        Assert.Equal(stored.Pdf, third.Value!.Content);
        await db.Entry(stored).ReloadAsync();
        Assert.Equal(printedAt, stored.PdfCreatedAtUtc);
    }

    [Fact]
    public async Task Certificate_numbers_of_a_province_follow_each_other_without_gaps()
    {
        var first = await ApprovedAsync("تعاونی عمرانی");
        var second = await ApprovedAsync("تعاونی حمل و نقل");
        var a = (await first.Applicant.CertificateView.HandleAsync(first.Id, default))!.Number;
        var b = (await second.Applicant.CertificateView.HandleAsync(second.Id, default))!.Number;
        Assert.Equal(int.Parse(a[^5..], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(b[^5..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Other_applicants_and_staff_of_other_provinces_cannot_see_or_download_the_certificate()
    {
        var approved = await ApprovedAsync("تعاونی کشاورزی");
        var stranger = fixture.As(await fixture.NewUserAsync());
        var tehranReviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran));
        var tehranHead = fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran));
        foreach (var outsider in new[] { stranger, tehranReviewer, tehranHead })
        {
            Assert.Equal(ErrorKind.NotFound, (await outsider.Certificate.HandleAsync(approved.Id, default)).Kind);
            Assert.Null(await outsider.CertificateView.HandleAsync(approved.Id, default));
            Assert.Equal(ErrorKind.NotFound, (await outsider.Summary.PdfAsync(approved.Id, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await outsider.Revoke.HandleAsync(approved.Id, "دلیل ابطال آزمایشی برای آزمون", default)).Kind);
        }
    }

    [Fact]
    public async Task Only_the_head_of_the_province_revokes_with_a_reason_and_the_applicant_is_told()
    {
        var approved = await ApprovedAsync("تعاونی صنایع دستی");

        var byReviewer = await approved.Reviewer.Revoke.HandleAsync(approved.Id, "مدارک جعلی تشخیص داده شد.", default);
        Assert.Equal(ErrorKind.Forbidden, byReviewer.Kind);
        var withoutReason = await approved.Head.Revoke.HandleAsync(approved.Id, "  ", default);
        Assert.Equal(ErrorKind.Conflict, withoutReason.Kind);
        Assert.False((await approved.Applicant.CertificateView.HandleAsync(approved.Id, default))!.IsRevoked);

        var revoked = await approved.Head.Revoke.HandleAsync(approved.Id, "مدارک هویتی یکی از مؤسسان جعلی تشخیص داده شد.", default);
        Assert.True(revoked.Succeeded, revoked.Message);
        var view = await approved.Applicant.CertificateView.HandleAsync(approved.Id, default);
        Assert.True(view!.IsRevoked);
        Assert.False(view.CanRevoke);
        var application = (await approved.Applicant.Get.HandleAsync(approved.Id, default)).Value!.Application;
        Assert.Equal(ApplicationStatus.ApprovalRevoked, application.Status);
        Assert.Equal(WorkflowAction.RevokeApproval, application.Events[^1].Action);
        Assert.Equal(ErrorKind.Conflict, (await approved.Head.Revoke.HandleAsync(approved.Id, "بار دوم برای آزمون ابطال", default)).Kind);

        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == approved.Applicant.User.UserId && n.Title == "موافقت‌نامه ابطال شد"));
    }

    [Fact]
    public async Task A_revoked_certificate_downloads_stamped_void_with_the_jalali_date_and_reason_and_the_stored_original_is_kept()
    {
        var approved = await ApprovedAsync("تعاونی خدمات گردشگری");
        var original = await approved.Applicant.Certificate.HandleAsync(approved.Id, default);
        Assert.True(original.Succeeded, original.Message);
        Assert.False(original.Value!.Revoked);
        Assert.DoesNotContain("باطل", PdfInspection.Text(original.Value.Content!), StringComparison.Ordinal);

        const string reason = "مدارک هویتی یکی از مؤسسان جعلی تشخیص داده شد.";
        Assert.True((await approved.Head.Revoke.HandleAsync(approved.Id, reason, default)).Succeeded);

        foreach (var who in new[] { approved.Applicant, approved.Head })
        {
            var download = await who.Certificate.HandleAsync(approved.Id, default);
            Assert.True(download.Succeeded, download.Message);
            var pdf = download.Value!.Content!;
            Assert.True(download.Value.Revoked);
            Assert.NotEqual(original.Value.Content, pdf);
            Assert.EndsWith("-revoked.pdf", download.Value.FileName, StringComparison.Ordinal);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), download.Value.Sha256);
            PdfInspection.FirstPageToPng(pdf, "formation-certificate-revoked");
            Assert.Equal(1, PdfInspection.PageCount(pdf));

            var text = PdfInspection.Text(pdf);
            Assert.Contains("باطل شده", text, StringComparison.Ordinal);
            Assert.Contains(Application.Common.Formatting.PersianFormat.LongDate(Application.Common.Formatting.PersianFormat.LocalDate(DateTime.UtcNow)), text, StringComparison.Ordinal);
            Assert.Contains("جعلی تشخیص داده شد", text, StringComparison.Ordinal);
            Assert.Contains(approved.Name, text, StringComparison.Ordinal);
        }

        // The original as issued stays stored, unchanged, for the audit.
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var stored = await db.FormationCertificates.SingleAsync(c => c.ApplicationId == approved.Id);
        Assert.Equal(original.Value.Content, stored.Pdf);
        Assert.Equal(original.Value.Sha256, stored.PdfSha256);
    }

    [Fact]
    public async Task The_application_summary_pdf_holds_the_sections_members_documents_and_history_for_applicant_and_reviewer()
    {
        var approved = await ApprovedAsync("تعاونی مسکن");
        foreach (var reader in new[] { approved.Applicant, approved.Reviewer })
        {
            var result = await reader.Summary.PdfAsync(approved.Id, default);
            Assert.True(result.Succeeded, result.Message);
            var text = PdfInspection.Text(result.Value!);
            Assert.Contains(approved.Name, text, StringComparison.Ordinal);
            Assert.Contains("عضو شماره 7", text, StringComparison.Ordinal); // as typed; printed with Persian digit shapes
            Assert.Contains("اعضای هیئت مؤسس", text, StringComparison.Ordinal); // the documents list names each kind
            Assert.Contains("تأیید شده", text, StringComparison.Ordinal);
            Assert.Matches("صفحه ۱ از [۱-۹]", text);
        }

        var draftOwner = await fixture.NewUserAsync();
        var draft = await fixture.CompleteApplicationAsync(draftOwner, "تعاونی پیش‌نویس");
        var draftPdf = await fixture.As(draftOwner).Summary.PdfAsync(draft, default);
        Assert.True(draftPdf.Succeeded);
        var draftText = PdfInspection.Text(draftPdf.Value!).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("پیشنویس", draftText, StringComparison.Ordinal); // status and tracking code of a draft
        Assert.Contains("هنوزرویدادیثبتنشدهاست", draftText, StringComparison.Ordinal);
        PdfInspection.FirstPageToPng(draftPdf.Value!, "application-summary");
    }

    [Fact]
    public async Task Verification_page_says_valid_then_revoked_and_an_unknown_code_is_a_404_and_every_check_is_logged()
    {
        var approved = await ApprovedAsync("تعاونی اعتبار");
        var url = new Uri((await approved.Applicant.CertificateView.HandleAsync(approved.Id, default))!.VerificationUrl);
        using var client = fixture.Factory.CreateClient();

        using (var valid = await client.GetAsync(url.AbsolutePath))
        {
            Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
            var html = await valid.Content.ReadAsStringAsync();
            Assert.Contains(approved.Name, html, StringComparison.Ordinal);
            Assert.Contains("data-state=\"valid\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("عضو شماره", html, StringComparison.Ordinal); // no personal data
        }

        Assert.True((await approved.Head.Revoke.HandleAsync(approved.Id, "درخواست مؤسسان برای انصراف از تشکیل.", default)).Succeeded);
        using (var revoked = await client.GetAsync(url.AbsolutePath))
        {
            Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
            Assert.Contains("data-state=\"revoked\"", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var unknown = await client.GetAsync("/verify/" + Domain.Certificates.VerificationCode.New()))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Contains("data-state=\"unknown\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var malformed = await client.GetAsync("/verify/' or 1=1 --"))
        {
            Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        }

        // The checks are stored in batches after the answers: wait until the ones asked so far are stored.
        await fixture.Factory.Services.GetRequiredService<Infrastructure.Certificates.VerificationLog>().FlushAsync();
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var certificateId = await db.FormationCertificates.Where(c => c.ApplicationId == approved.Id).Select(c => c.Id).SingleAsync();
        Assert.Equal(2, await db.VerificationChecks.CountAsync(v => v.DocumentId == certificateId));
        Assert.True(await db.VerificationChecks.AnyAsync(v => v.DocumentId == null && v.Code == "' or 1=1 --"));
    }
}
