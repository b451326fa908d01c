using Bunit;
using CoopPortal.Application.Inspection.Common;
using CoopPortal.Application.Registry.Common;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Inspection;
using CoopPortal.Domain.Registry;
using CoopPortal.Web.Components.Pages.Inspection;

namespace CoopPortal.ComponentTests.Inspection;

/// <summary>The inspector's report on screen: the editor's sections and messages, the read-only view, and the declaration's short form.</summary>
public sealed class InspectorReportComponentsTests : ComponentTest
{
    private static readonly InspectorReportContent Sent = new(
        false, "دفتر کل از مهر به‌روز نشده است.", 5_000_000_000, 2_000_000_000, 3_000_000_000, -150_000_000, null, true, null, true, null,
        ["موجودی انبار شمارش نشد.", "اسناد هزینه بدون امضای مدیرعامل است."], InspectorOpinion.Qualified, "محدودیت رسیدگی به موجودی انبار.");

    private static InspectorReportView View(InspectorReportContent content, InspectorReportStatus status, IReadOnlyList<FieldProblem>? problems = null)
    {
        problems ??= status == InspectorReportStatus.Draft ? InspectorReportRules.Validate(content) : [];
        var statuses = Enum.GetValues<InspectorReportSection>().ToDictionary(
            s => s, s => problems.Any(p => InspectorReportRules.SectionOf(p.Field) == s) ? SectionStatus.NotStarted : SectionStatus.Completed);
        return new InspectorReportView(
            Guid.NewGuid(), Guid.NewGuid(), "تعاونی مصرف نمونه", "1234", 1404, "زهرا بازرسی", status, content,
            status == InspectorReportStatus.Submitted ? new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc) : null,
            true, status == InspectorReportStatus.Draft, new HashSet<InspectorReportAction>(), problems, statuses, new List<CaseEventView>());
    }

    [Fact]
    public void The_editor_shows_every_section_the_law_asks_in_order_with_its_status()
    {
        var view = View(InspectorReportContent.Empty, InspectorReportStatus.Draft);
        var editor = Context.Render<InspectorReportEditor>(p => p
            .Add(c => c.Form, InspectorReportFormModel.From(view))
            .Add(c => c.View, view)
            .Add(c => c.ErrorOf, _ => null)
            .Add(c => c.Changed, _ => Task.CompletedTask));

        var titles = editor.FindAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["دفاتر قانونی", "صورت‌های مالی", "رعایت اساسنامه", "اجرای مصوبات مجمع", "یافته‌ها", "اظهارنظر بازرس"], titles);
        Assert.Equal("شروع نشده", editor.Find("#report-section-books-status").TextContent.Trim());
        Assert.Equal("تکمیل شده", editor.Find("#report-section-findings-status").TextContent.Trim());
        var opinions = editor.Find("#field-Opinion").TextContent;
        var at = Enum.GetValues<InspectorOpinion>().Select(o => opinions.IndexOf(InspectorReportText.Title(o), StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i >= 0));
        Assert.Equal(at.Order().ToList(), at);
        Assert.NotNull(editor.Find("#report-finding-add"));
        Assert.NotNull(editor.Find("[data-autosave]"));
    }

    [Fact]
    public void The_editor_shows_each_message_beside_its_field()
    {
        var view = View(InspectorReportContent.Empty with { Opinion = InspectorOpinion.Adverse, Findings = [""] }, InspectorReportStatus.Draft);
        var errors = view.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.First().Message);
        var editor = Context.Render<InspectorReportEditor>(p => p
            .Add(c => c.Form, InspectorReportFormModel.From(view))
            .Add(c => c.View, view)
            .Add(c => c.ErrorOf, field => errors.GetValueOrDefault(field))
            .Add(c => c.Changed, _ => Task.CompletedTask));

        Assert.Equal(InspectorReportRules.BooksMissing, editor.Find("#report-BooksKept-error").TextContent.Trim());
        Assert.Contains(InspectorReportRules.FigureMissing("جمع دارایی‌ها"), editor.Find("#field-TotalAssets").TextContent, StringComparison.Ordinal);
        Assert.Contains("یافته ۱ خالی است", editor.Find("#field-Findings-0").TextContent, StringComparison.Ordinal);
        Assert.Contains(InspectorReportRules.BasisNeeded(InspectorOpinion.Adverse), editor.Find("#field-OpinionBasis").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sent_report_reads_without_anything_to_change()
    {
        var view = Context.Render<InspectorReportReadOnly>(p => p.Add(c => c.View, View(Sent, InspectorReportStatus.Submitted)));

        Assert.Empty(view.FindAll("input"));
        Assert.Empty(view.FindAll("textarea"));
        Assert.Empty(view.FindAll("button"));
        Assert.Equal("مشروط", view.Find("#report-opinion-title").TextContent.Trim());
        Assert.Equal(2, view.FindAll("#report-findings li").Count);
        Assert.Contains("۵٬۰۰۰٬۰۰۰٬۰۰۰ ریال", view.Markup, StringComparison.Ordinal);
        Assert.Contains("منفی ۱۵۰٬۰۰۰٬۰۰۰ ریال", view.Markup, StringComparison.Ordinal);
        Assert.Contains("دفتر کل از مهر به‌روز نشده است.", view.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_declaration_lists_the_signed_reports_with_their_pdf()
    {
        var id = Guid.NewGuid();
        var list = Context.Render<FiledInspectorReports>(p => p.Add(c => c.Reports,
            [new InspectorReportSummary(id, "زهرا بازرسی", new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc), InspectorOpinion.Unqualified, 0)]));

        var item = list.Find($"#decl-inspector-report-{id}").TextContent;
        Assert.Contains("زهرا بازرسی", item, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۵/۰۳/۱۱", item, StringComparison.Ordinal);
        Assert.Contains("مقبول", item, StringComparison.Ordinal);
        Assert.Contains("بدون یافته", item, StringComparison.Ordinal);
        Assert.Equal($"inspector-reports/{id}/report.pdf", list.Find($"#decl-inspector-report-pdf-{id}").GetAttribute("href"));
    }
}
