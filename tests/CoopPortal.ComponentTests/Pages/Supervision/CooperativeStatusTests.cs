using Bunit;
using CoopPortal.Application.Certificates.Verify;
using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Web.Components.Pages.Office;
using CoopPortal.Web.Components.Pages.Supervision;
using CoopPortal.Web.Components.Pages.Verification;

namespace CoopPortal.ComponentTests.Pages.Supervision;

/// <summary>
/// A cooperative's status is shown where the cooperative is (issue 21, point 2): a chip on its card and in lists (quiet
/// for an active one in lists), the card's notice and status history with the legal ground, the compliance row of a
/// dissolved cooperative without the possibly-dormant mark, and the public check of its documents.
/// </summary>
public sealed class CooperativeStatusTests : ComponentTest
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    [Theory]
    [InlineData(CooperativeStatus.Active, "فعال")]
    [InlineData(CooperativeStatus.DormancyCaseOpen, "در پرونده رکود")]
    [InlineData(CooperativeStatus.Dissolved, "منحل")]
    [InlineData(CooperativeStatus.InLiquidation, "در حال تصفیه")]
    [InlineData(CooperativeStatus.StruckOff, "حذف از دفتر ثبت")]
    public void The_chip_says_the_status_in_persian(CooperativeStatus status, string title)
    {
        var cut = Context.Render<CooperativeStatusChip>(p => p.Add(c => c.Status, status).Add(c => c.Id, "chip"));

        var chip = cut.Find("#chip");
        Assert.Equal(title, chip.TextContent.Trim());
        Assert.Equal(status.ToString(), chip.GetAttribute("data-status"));
    }

    [Fact]
    public void In_lists_an_active_cooperative_has_no_chip_and_a_dissolved_one_has()
    {
        Assert.Empty(Context.Render<CooperativeStatusChip>(p => p.Add(c => c.Status, CooperativeStatus.Active).Add(c => c.HideActive, true)).FindAll(".cooperative-status"));
        Assert.Single(Context.Render<CooperativeStatusChip>(p => p.Add(c => c.Status, CooperativeStatus.Dissolved).Add(c => c.HideActive, true)).FindAll(".cooperative-status"));
    }

    [Fact]
    public void The_card_of_a_dissolved_cooperative_says_it_files_no_declaration_and_shows_its_history_newest_first()
    {
        var on = J("1405/08/10").ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
        IReadOnlyList<CooperativeStatusLine> history =
        [
            new(on.AddDays(30), CooperativeStatusAction.PursueDissolution, CooperativeStatus.DormancyCaseOpen, CooperativeStatus.Dissolved, "به اخطار پاسخ نداد", "ماده ۵۴ قانون بخش تعاونی"),
            new(on, CooperativeStatusAction.OpenDormancyCase, CooperativeStatus.Active, CooperativeStatus.DormancyCaseOpen, null, null),
        ];

        var cut = Context.Render<CooperativeStatusPanel>(p => p.Add(c => c.Status, CooperativeStatus.Dissolved).Add(c => c.History, history));

        Assert.Contains("این تعاونی منحل شده است.", cut.Find("#cooperative-ended").TextContent, StringComparison.Ordinal);
        Assert.Contains("خوداظهاری تازه‌ای برای آن ثبت نمی‌شود", cut.Find("#cooperative-ended").TextContent, StringComparison.Ordinal);
        var rows = cut.FindAll("tr.cooperative-status-line");
        Assert.Equal(2, rows.Count);
        Assert.Contains("انحلال تعاونی پیگیری شد", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("مبنای قانونی: ماده ۵۴ قانون بخش تعاونی", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۵/۰۸/۱۰", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_active_cooperative_without_history_shows_no_notice_and_no_history()
    {
        var cut = Context.Render<CooperativeStatusPanel>(p => p.Add(c => c.Status, CooperativeStatus.Active));

        Assert.Empty(cut.FindAll("#cooperative-ended"));
        Assert.Empty(cut.FindAll("#cooperative-status-history"));
    }

    [Fact]
    public void The_compliance_row_of_a_dissolved_cooperative_shows_its_status_and_no_dormant_mark()
    {
        var dissolved = new ComplianceItem(Guid.NewGuid(), "تعاونی منحل", "12345", "زنجان", [1404, 1403], J("1404/04/31"), false, null, null, CooperativeStatus.Dissolved);
        var active = new ComplianceItem(Guid.NewGuid(), "تعاونی خاموش", "12346", "زنجان", [1404, 1403], J("1404/04/31"), true, null);

        var cut = Context.Render<ComplianceTable>(p => p.Add(c => c.Items, [dissolved, active]));

        Assert.Equal("منحل", cut.Find($"#compliance-status-{dissolved.CooperativeId}").TextContent.Trim());
        Assert.Empty(cut.FindAll($"#dormant-{dissolved.CooperativeId}"));
        Assert.Empty(cut.FindAll($"#compliance-status-{active.CooperativeId}"));
        Assert.Single(cut.FindAll($"#dormant-{active.CooperativeId}"));
    }

    [Theory]
    [InlineData(CooperativeStatus.StruckOff, "این تعاونی منحل و پس از تصفیه از دفتر ثبت حذف شده است.")]
    [InlineData(CooperativeStatus.Dissolved, "این تعاونی منحل شده است.")]
    public void The_public_check_of_its_document_says_the_cooperative_is_dissolved_or_struck_off(CooperativeStatus status, string line)
    {
        var result = new VerificationResult("تعاونی منحل", "1400-19-00001", DateTime.UtcNow.AddYears(-2), null, "اداره کل تعاون زنجان", CooperativeStatus: status);

        var cut = Context.Render<VerificationPage>(p => p.Add(c => c.Result, result));

        Assert.Equal(line, cut.Find("#cooperative-status").TextContent.Trim());
        Assert.Equal("valid", cut.Find("[data-state]").GetAttribute("data-state"));
    }

    [Fact]
    public void The_public_check_of_an_active_cooperatives_document_says_nothing_of_its_status()
    {
        var result = new VerificationResult("تعاونی فعال", "1400-19-00002", DateTime.UtcNow.AddYears(-2), null, "اداره کل تعاون زنجان", CooperativeStatus: CooperativeStatus.Active);

        Assert.Empty(Context.Render<VerificationPage>(p => p.Add(c => c.Result, result)).FindAll("#cooperative-status"));
    }
}
