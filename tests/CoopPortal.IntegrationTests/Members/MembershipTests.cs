using System.Net;
using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Certificates.Verify;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Memberships.Certificate;
using CoopPortal.Application.Memberships.MyMemberships;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CoopPortal.IntegrationTests.Members.MemberFixtures;

namespace CoopPortal.IntegrationTests.Members;

/// <summary>
/// «عضویت‌های من» and the membership certificate (issue 20 point 4) on real PostgreSQL and the real PDF engine: found by
/// the proven national code only; one certificate per membership and content, printed in Persian with its QR code
/// opening the public check (national code masked); the member downloads it, anyone else gets not found.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class MembershipTests(PortalDatabaseFixture fixture)
{
    private sealed class As(PortalDatabaseFixture fixture, ICurrentUser user)
    {
        private readonly ICurrentUserService _current = new PortalDatabaseFixture.FixedUser(user);
        private readonly IServiceProvider _services = fixture.Factory.Services;

        private DocumentPrinter Printer => new(_services.GetRequiredService<IDocumentTemplates>(), _services.GetRequiredService<IPdfRenderer>());

        public MyMembershipsQuery Mine => new(fixture.Db, _current);

        public RequestMembershipCertificateHandler Request => new(
            fixture.Db, _current, _services.GetRequiredService<ISequenceNumbering>(), _services.GetRequiredService<IDocumentPrintRequests>(), TimeProvider.System);

        public DownloadMembershipCertificateHandler Download => new(
            fixture.Db, _current, new MembershipCertificatePrinter(fixture.Db, Printer, _services.GetRequiredService<IOptions<PortalOptions>>(), TimeProvider.System));
    }

    /// <summary>A member with an account whose national code is proven, of a cooperative imported with a member list.</summary>
    private async Task<(CurrentUserSnapshot Member, Guid MembershipId, Guid CooperativeId, string Name, string Number)> MemberAsync(long shares = 2_500_000)
    {
        var member = await fixture.NewUserAsync();
        var (cooperativeId, name, number) = await CooperativeAsync(fixture);
        var imported = await ImportAsync(fixture, await fixture.NewUserAsync(Roles.Admin), Csv(
            $"زنجان,{number},{member.NationalCode},علی رضایی,{shares},1399/04/15",
            $"زنجان,{number},{TestNationalCodes.Next()},مریم احمدی,1000000,"));
        Assert.True(imported.Succeeded, Describe(imported));
        var membership = (await MembersOfAsync(fixture, cooperativeId)).Single(m => m.NationalCode == member.NationalCode);
        return (member, membership.Id, cooperativeId, name, number);
    }

    [Fact]
    public async Task The_memberships_page_lists_the_cooperatives_of_the_proven_code_only()
    {
        var (member, membershipId, _, name, number) = await MemberAsync();

        var mine = await new As(fixture, member).Mine.HandleAsync(default);
        Assert.True(mine.IdentityProven);
        var item = Assert.Single(mine.Items);
        Assert.Equal((membershipId, name, number, "زنجان", 2_500_000L, JalaliDate.Parse("1399/04/15"), MembershipSource.Import, MembershipStatus.Member, (string?)null),
            (item.Id, item.CooperativeName, item.RegistrationNumber, item.Province, item.Shares, item.JoinedOn, item.Source, item.Status, item.CertificateNumber));
        Assert.NotNull(item.County);

        // A member whose code is not proven yet sees nothing and is told to prove it; another person sees none of it.
        var (unproven, _) = await fixture.NewUnprovenUserAsync();
        Assert.True((await ImportAsync(fixture, await fixture.NewUserAsync(Roles.Admin), Csv($"زنجان,{number},{unproven.ClaimedNationalCode},حسن کریمی,1000,"))).Succeeded);
        Assert.Equal(MyMemberships.Unproven, await new As(fixture, unproven).Mine.HandleAsync(default));
        var other = await new As(fixture, await fixture.NewUserAsync()).Mine.HandleAsync(default);
        Assert.True(other.IdentityProven);
        Assert.Empty(other.Items);
        Assert.Equal(MyMemberships.Unproven, await new As(fixture, CurrentUserSnapshot.Anonymous).Mine.HandleAsync(default));
    }

    [Fact]
    public async Task The_certificate_is_issued_once_printed_in_persian_with_its_qr_verifiable_and_a_change_gives_a_new_one()
    {
        var (member, membershipId, cooperativeId, name, number) = await MemberAsync();
        var me = new As(fixture, member);

        var first = await me.Request.HandleAsync(membershipId, default);
        Assert.True(first.Succeeded, first.Message);
        Assert.True(first.Value!.IsNew);
        var again = await me.Request.HandleAsync(membershipId, default);
        Assert.Equal((first.Value.Id, false), (again.Value!.Id, again.Value.IsNew));
        Assert.Equal(first.Value.Number, Assert.Single((await me.Mine.HandleAsync(default)).Items).CertificateNumber);

        await using var db = await OpenAsync(fixture);
        var certificate = await db.MembershipCertificates.AsNoTracking().SingleAsync(c => c.MembershipId == membershipId);
        Assert.Matches(@"^\d{4}/14/\d{5}$", certificate.Number);
        Assert.Equal((member.NationalCode, cooperativeId, 2_500_000L, number), (certificate.NationalCode, certificate.CooperativeId, certificate.Content.Shares, certificate.Content.RegistrationNumber));

        var download = await me.Download.HandleAsync(membershipId, default);
        Assert.True(download.Succeeded, download.Message);
        Assert.StartsWith("membership-certificate-", download.Value!.FileName, StringComparison.Ordinal);
        var pdf = download.Value.Content!;
        var text = PdfInspection.Text(pdf);
        Assert.Contains("گواهی عضویت در تعاونی", text, StringComparison.Ordinal);
        Assert.Contains("علی رضایی", text, StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.Contains(member.NationalCode!, text, StringComparison.Ordinal); // a code: Latin digits (docs/glossary.md)
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains(PersianFormat.Number(2_500_000), text, StringComparison.Ordinal);
        Assert.Contains(PersianFormat.Date(JalaliDate.Parse("1399/04/15")!.Value), text, StringComparison.Ordinal);
        Assert.Contains(certificate.Number, text, StringComparison.Ordinal);
        Assert.Empty(Glossary.Check(text));
        Assert.True(PdfInspection.HasJoinedLetters(pdf), "Persian letters were not printed in their joined forms.");
        var url = fixture.Factory.Services.GetRequiredService<IOptions<PortalOptions>>().Value.VerificationUrl(certificate.VerificationCode);
        Assert.Equal([url], PdfInspection.QrCodes(PdfInspection.FirstPageToPng(pdf, "membership-certificate")));
        Assert.Equal(pdf, (await me.Download.HandleAsync(membershipId, default)).Value!.Content); // printed once

        // The public check: the cooperative, the number, the shares, the national code masked and no name.
        var verify = new VerifyCertificateHandler(fixture.Db, fixture.Factory.Services.GetRequiredService<IVerificationLog>(), TimeProvider.System);
        var result = await verify.HandleAsync(certificate.VerificationCode, "203.0.113.9", "test", default);
        Assert.NotNull(result);
        Assert.Equal((VerifiableDocumentKind.MembershipCertificate, name, certificate.Number, false), (result.Kind, result.CooperativeName, result.Number, result.IsRevoked));
        Assert.Equal(("******" + member.NationalCode![^4..], number, 2_500_000L), (result.Membership!.MaskedNationalCode, result.Membership.RegistrationNumber, result.Membership.Shares));
        await fixture.Factory.Services.GetRequiredService<Infrastructure.Certificates.VerificationLog>().FlushAsync();
        Assert.Equal(VerifiableDocumentKind.MembershipCertificate, (await db.VerificationChecks.AsNoTracking().SingleAsync(v => v.DocumentId == certificate.Id)).DocumentKind);

        // The shares change with a new member list: asking again gives a new certificate; the first stays verifiable.
        var reimported = await ImportAsync(fixture, await fixture.NewUserAsync(Roles.Admin), Csv($"زنجان,{number},{member.NationalCode},علی رضایی,4000000,"));
        Assert.True(reimported.Succeeded, Describe(reimported));
        var changed = await me.Request.HandleAsync(membershipId, default);
        Assert.True(changed.Value!.IsNew);
        Assert.NotEqual(first.Value.Id, changed.Value.Id);
        Assert.Equal(changed.Value.Number, Assert.Single((await me.Mine.HandleAsync(default)).Items).CertificateNumber);
        Assert.Contains(PersianFormat.Number(4_000_000), PdfInspection.Text((await me.Download.HandleAsync(membershipId, default)).Value!.Content!), StringComparison.Ordinal);
        Assert.NotNull(await verify.HandleAsync(certificate.VerificationCode, null, null, default));
    }

    [Fact]
    public async Task Two_requests_at_once_give_one_certificate()
    {
        var (member, membershipId, _, _, _) = await MemberAsync();

        var results = await Task.WhenAll(new As(fixture, member).Request.HandleAsync(membershipId, default), new As(fixture, member).Request.HandleAsync(membershipId, default));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Message));
        Assert.Equal(results[0].Value!.Id, results[1].Value!.Id);
        await using var db = await OpenAsync(fixture);
        Assert.Equal(1, await db.MembershipCertificates.CountAsync(c => c.MembershipId == membershipId));
    }

    [Fact]
    public async Task Nobody_but_the_member_asks_for_or_downloads_the_certificate()
    {
        var (member, membershipId, cooperativeId, _, registration) = await MemberAsync();
        Assert.True((await new As(fixture, member).Request.HandleAsync(membershipId, default)).Succeeded);

        var refused = new List<ICurrentUser>
        {
            await fixture.NewUserAsync(),
            await fixture.NewUserAsync(Roles.Admin),
            await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan),
            await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran),
            (await MemberAsync()).Member, // a member of another cooperative
            CurrentUserSnapshot.Anonymous,
        };
        foreach (var who in refused)
        {
            Assert.Equal(ErrorKind.NotFound, (await new As(fixture, who).Request.HandleAsync(membershipId, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await new As(fixture, who).Download.HandleAsync(membershipId, default)).Kind);
        }

        // A member whose code is not proven gets not found even for their own membership.
        var (unproven, _) = await fixture.NewUnprovenUserAsync();
        Assert.True((await ImportAsync(fixture, await fixture.NewUserAsync(Roles.Admin), Csv($"زنجان,{registration},{unproven.ClaimedNationalCode},حسن کریمی,1000,"))).Succeeded);
        var own = (await MembersOfAsync(fixture, cooperativeId)).Single(m => m.NationalCode == unproven.ClaimedNationalCode).Id;
        Assert.Equal(ErrorKind.NotFound, (await new As(fixture, unproven).Request.HandleAsync(own, default)).Kind);

        // Over HTTP: the member gets the stored PDF, another person 404.
        var path = new Uri($"/memberships/{membershipId}/certificate.pdf", UriKind.Relative);
        var client = await fixture.SignedInClientAsync(member);
        using (var pdf = await client.Http.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        }

        var other = await fixture.SignedInClientAsync(await fixture.NewUserAsync());
        using var notFound = await other.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }

    [Fact]
    public async Task A_membership_that_has_ended_gets_no_certificate()
    {
        var (member, membershipId, _, _, _) = await MemberAsync();
        await using (var db = await OpenAsync(fixture))
        {
            await db.CooperativeMembers.Where(m => m.Id == membershipId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MembershipStatus.Left));
        }

        var result = await new As(fixture, member).Request.HandleAsync(membershipId, default);

        Assert.Equal((ErrorKind.Conflict, RequestMembershipCertificateHandler.Ended), (result.Kind, result.Message));
        Assert.Equal(ErrorKind.NotFound, (await new As(fixture, member).Download.HandleAsync(membershipId, default)).Kind);
    }

    [Fact]
    public async Task The_public_page_shows_the_membership_with_the_national_code_masked_and_no_name()
    {
        var (member, membershipId, _, name, number) = await MemberAsync();
        var issued = (await new As(fixture, member).Request.HandleAsync(membershipId, default)).Value!;
        await using var db = await OpenAsync(fixture);
        var code = await db.MembershipCertificates.Where(c => c.Id == issued.Id).Select(c => c.VerificationCode).SingleAsync();

        using var anonymous = fixture.Factory.CreateClient();
        using var page = await anonymous.GetAsync(new Uri("/verify/" + code, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("گواهی عضویت در تعاونی", html, StringComparison.Ordinal);
        Assert.Contains(name, html, StringComparison.Ordinal);
        Assert.Contains(number, html, StringComparison.Ordinal);
        Assert.Contains("******" + member.NationalCode![^4..], html, StringComparison.Ordinal);
        Assert.DoesNotContain(member.NationalCode, html, StringComparison.Ordinal);
        Assert.DoesNotContain("علی رضایی", html, StringComparison.Ordinal);
    }
}
