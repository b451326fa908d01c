using Bunit;
using CoopPortal.Application.Assemblies.CandidacyNotice;
using CoopPortal.Application.Assemblies.RegisterCandidacy;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;
using CoopPortal.Testing;
using CoopPortal.Web.Components.Pages.Candidacies;
using Microsoft.AspNetCore.Components;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

/// <summary>The published notice a person who may stand reads, and «ثبت درخواست نامزدی» while candidates are taken.</summary>
public sealed class StandNoticeTests : ComponentTest
{
    private const string Closed = "مهلت ثبت‌نام نامزدها گذشته است.";
    private readonly List<OfficerRole> _registered = [];

    private static CandidacyNotice Notice(string? closedBecause = null, params OfficerRole[] posts) => new(
        Guid.NewGuid(), "تعاونی مسکن فرهنگیان", GeneralAssemblyKind.Ordinary, new DateOnly(2026, 12, 20), new TimeOnly(10, 30), "تهران، خیابان آزادی، پلاک ۱۲", null,
        [new AgendaItem(AgendaItemKind.ApproveFinancialStatements), new AgendaItem(AgendaItemKind.ElectBoard)],
        posts.Length == 0 ? [OfficerRole.BoardMember, OfficerRole.AlternateBoardMember] : posts, closedBecause,
        [CandidateFileKind.IdCard, CandidateFileKind.CriminalRecord]);

    private IRenderedComponent<StandNotice> Render(CandidacyNotice notice, string? message = null, bool proofNeeded = false) =>
        Context.Render<StandNotice>(p => p
            .Add(c => c.Notice, notice)
            .Add(c => c.Message, message)
            .Add(c => c.ProofNeeded, proofNeeded)
            .Add(c => c.OnRegister, EventCallback.Factory.Create<OfficerRole>(this, post => _registered.Add(post))));

    [Fact]
    public void A_notice_no_longer_taking_candidates_says_why_and_offers_nothing()
    {
        var cut = Render(Notice(Closed));

        Assert.Equal(Closed, cut.Find("#stand-closed").TextContent.Trim());
        Assert.Empty(cut.FindAll("#stand-register"));
        Assert.Empty(cut.FindAll("input[type=radio]"));
        Assert.Contains("تعاونی مسکن فرهنگیان", cut.Find("#stand-cooperative").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_notice_gives_the_meeting_the_agenda_the_documents_and_the_posts()
    {
        var cut = Render(Notice());

        Assert.Empty(cut.FindAll("#stand-closed"));
        Assert.Contains("۱۰:۳۰", cut.Find("#stand-when").TextContent, StringComparison.Ordinal);
        Assert.Contains("انتخاب اعضای هیئت مدیره", cut.Find("#stand-agenda").TextContent, StringComparison.Ordinal);
        var files = cut.Find("#stand-required-files").TextContent;
        Assert.Contains("تصویر کارت ملی", files, StringComparison.Ordinal);
        Assert.Contains("گواهی عدم سوء پیشینه", files, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("input[type=radio]").Count);
        Assert.Contains("عضو علی‌البدل هیئت مدیره", cut.Find("#field-Post").TextContent, StringComparison.Ordinal);
        Assert.Empty(Glossary.Check(cut.Find("#stand-form").TextContent)); // the button's words are not a forbidden variant
    }

    [Fact]
    public void Registering_without_a_post_asks_for_one_and_a_single_post_needs_no_choice()
    {
        var cut = Render(Notice());
        cut.Find("#stand-register").Click();
        Assert.Empty(_registered);
        Assert.Contains("انتخاب کنید", cut.Find("#stand-post-error").TextContent, StringComparison.Ordinal);

        var single = Render(Notice(null, OfficerRole.Inspector));
        single.Find("#stand-register").Click();
        Assert.Equal(OfficerRole.Inspector, Assert.Single(_registered));
    }

    [Fact]
    public void The_chosen_post_is_the_one_registered()
    {
        var cut = Render(Notice());

        cut.FindAll("input[type=radio]")[1].Click();
        cut.Find("#stand-register").Click();

        Assert.Equal(OfficerRole.AlternateBoardMember, Assert.Single(_registered));
        Assert.Empty(cut.FindAll("#stand-post-error"));
    }

    [Fact]
    public void An_unproven_national_code_is_told_with_the_way_to_prove_it()
    {
        var cut = Render(Notice(), RegisterCandidacyHandler.ProofNeeded, proofNeeded: true);

        Assert.Contains("کد ملی حساب خود", cut.Find("#stand-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("Account/Manage/VerifyMobile", cut.Find("#stand-proof-link").GetAttribute("href"));

        var conflict = Render(Notice(), "برای همین سمت پیش‌تر نامزد شده‌اید.");
        Assert.Contains("پیش‌تر نامزد شده‌اید", conflict.Find("#stand-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(conflict.FindAll("#stand-proof-link"));
    }
}
