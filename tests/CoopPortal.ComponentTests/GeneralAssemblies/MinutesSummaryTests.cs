using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Web.Components.Pages.GeneralAssemblies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class MinutesSummaryTests : ComponentTest
{
    [Fact]
    public void The_quorum_needed_follows_the_kind_and_call_of_the_rules_in_force()
    {
        var view = GeneralAssemblyViews.View(
            status: GeneralAssemblyStatus.MinutesSubmitted, kind: GeneralAssemblyKind.Extraordinary, attendance: new Attendance(MeetingCall.First, 30, 15, 6));

        var summary = Context.Render<MinutesSummary>(p => p.Add(c => c.View, view).Add(c => c.Rules, AssemblyRules.Default));

        // More than 66 percent of 30 members: 30 * 66 / 100 = 19, so 20 are needed.
        Assert.Equal("بیش از ۶۶ درصد اعضا: ۲۰ از ۳۰ نفر", summary.Find("#minutes-quorum").TextContent.Trim());
        Assert.Equal("نوبت اول", summary.Find("#minutes-call").TextContent.Trim());
        Assert.Equal("۱۵", summary.Find("#minutes-present").TextContent.Trim());
        Assert.Equal("۶", summary.Find("#minutes-represented").TextContent.Trim());
    }

    [Fact]
    public void A_second_call_without_a_quorum_percent_needs_one_member()
    {
        var view = GeneralAssemblyViews.View(status: GeneralAssemblyStatus.MinutesSubmitted, attendance: new Attendance(MeetingCall.Second, 40, 3, 0));

        var summary = Context.Render<MinutesSummary>(p => p.Add(c => c.View, view).Add(c => c.Rules, AssemblyRules.Default with { OrdinarySecondCallPercent = 0 }));

        Assert.Equal("دست‌کم یک عضو: ۱ از ۴۰ نفر", summary.Find("#minutes-quorum").TextContent.Trim());
    }

    [Fact]
    public void Each_agenda_item_shows_its_resolution_and_the_signed_minutes_link_to_the_download()
    {
        var fileId = Guid.Parse("0b8a4b8e-2222-4c2d-9e3f-123456789abc");
        var view = GeneralAssemblyViews.View(
            status: GeneralAssemblyStatus.MinutesSubmitted,
            agenda: [new AgendaItem(AgendaItemKind.ApproveFinancialStatements), new AgendaItem(AgendaItemKind.ChangeName, NewName: "تازه")],
            files: [new AttachedFile(fileId, nameof(MinutesFileKind.SignedMinutes), "minutes.pdf", "application/pdf", 1000, "abc", "key", DateTime.UnixEpoch)])
            with { Resolutions = [new Resolution(0, true, 12, 2)] };

        var summary = Context.Render<MinutesSummary>(p => p.Add(c => c.View, view).Add(c => c.Rules, AssemblyRules.Default));

        var adopted = summary.Find("#minutes-resolution-0").TextContent;
        Assert.Contains("تصویب شد", adopted, StringComparison.Ordinal);
        Assert.Contains("۱۲", adopted, StringComparison.Ordinal);
        Assert.Contains("ثبت نشده", summary.Find("#minutes-resolution-1").TextContent, StringComparison.Ordinal);
        Assert.Equal($"general-assemblies/{GeneralAssemblyViews.AssemblyId}/files/{fileId}", summary.Find($"#minutes-file-link-{fileId}").GetAttribute("href"));
    }
}
