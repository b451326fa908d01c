using Bunit;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Memberships.Certificate;
using CoopPortal.Application.Memberships.MyMemberships;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Web.Components.Pages.Memberships;

namespace CoopPortal.ComponentTests.Pages.Memberships;

/// <summary>«عضویت‌های من» once read: an unproven code, no membership, and the list with its certificate button.</summary>
public sealed class MembershipsViewTests : ComponentTest
{
    private static readonly Guid Id = Guid.Parse("6f1c2a3b-0000-4000-8000-000000000001");

    private static MyMembership Membership(string? certificate = null, MembershipStatus status = MembershipStatus.Member) => new(
        Id, "تعاونی مصرف کارکنان ابهر", "1245", "زنجان", "ابهر", 2_500_000, new DateOnly(2020, 7, 5), MembershipSource.Import, status, CooperativeSource.Imported, certificate);

    private readonly List<Guid> _asked = [];

    private Task<Result<IssuedMembershipCertificate>> Ask(Guid id)
    {
        _asked.Add(id);
        return Task.FromResult(Result<IssuedMembershipCertificate>.Success(new IssuedMembershipCertificate(Guid.NewGuid(), "1405/14/00007", IsNew: true)));
    }

    private IRenderedComponent<MembershipsView> Render(MyMemberships view) =>
        Context.Render<MembershipsView>(p => p.Add(c => c.View, view).Add(c => c.Ask, Ask));

    [Fact]
    public void An_unproven_national_code_is_told_to_prove_it_with_a_link_to_the_proofing_page()
    {
        var page = Render(MyMemberships.Unproven);

        Assert.Contains("نخست کد ملی خود را تأیید کنید", page.Find("#memberships-unproven").TextContent, StringComparison.Ordinal);
        Assert.Equal("Account/Manage/VerifyMobile", page.Find("#memberships-prove").GetAttribute("href"));
        Assert.Empty(page.FindAll("#memberships-list"));
        Assert.Empty(page.FindAll("#memberships-empty"));
    }

    [Fact]
    public void No_membership_says_so_in_a_sentence()
    {
        var page = Render(new MyMemberships(true, []));

        Assert.Contains("عضویتی با کد ملی شما ثبت نشده است", page.Find("#memberships-empty").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#memberships-unproven"));
    }

    [Fact]
    public void A_membership_shows_the_cooperative_shares_in_persian_digits_in_rials_and_the_jalali_day()
    {
        var page = Render(new MyMemberships(true, [Membership()]));

        var card = page.Find($"#membership-{Id}");
        Assert.Contains("تعاونی مصرف کارکنان ابهر", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("۲٬۵۰۰٬۰۰۰ ریال", page.Find(".membership-shares").TextContent.Trim());
        Assert.Contains("۱۳۹۹/۰۴/۱۵", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("زنجان، ابهر", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("فهرست اعضای واردشده", card.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll($"#membership-download-{Id}"));
    }

    [Fact]
    public void Asking_for_the_certificate_shows_its_number_and_the_download_link()
    {
        var page = Render(new MyMemberships(true, [Membership()]));

        page.Find($"#membership-ask-{Id}").Click();

        Assert.Equal([Id], _asked);
        page.WaitForAssertion(() => Assert.Equal($"memberships/{Id}/certificate.pdf", page.Find($"#membership-download-{Id}").GetAttribute("href")));
        Assert.Contains("1405/14/00007", page.Find($"#membership-certificate-{Id}").TextContent, StringComparison.Ordinal);
        Assert.Contains("گواهی عضویت صادر شد", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_asked_for_before_can_be_downloaded_and_an_ended_membership_cannot_ask()
    {
        var page = Render(new MyMemberships(true, [Membership(certificate: "1405/14/00003", status: MembershipStatus.Left)]));

        Assert.NotNull(page.Find($"#membership-download-{Id}"));
        Assert.Empty(page.FindAll($"#membership-ask-{Id}"));
        Assert.Contains("خارج‌شده", page.Find($"#membership-{Id}").TextContent, StringComparison.Ordinal);
    }
}
