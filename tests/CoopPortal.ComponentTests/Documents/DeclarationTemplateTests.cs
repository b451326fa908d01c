using Bunit;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Formation.Summary;
using CoopPortal.Application.Supervision.Documents;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Documents;
using CoopPortal.Documents.Layout;
using CoopPortal.Documents.Templates;

namespace CoopPortal.ComponentTests.Documents;

/// <summary>The self-declaration's receipt and report as laid out by <see cref="DeclarationTemplate"/>.</summary>
public sealed class DeclarationTemplateTests : ComponentTest
{
    private static DeclarationDocument Declaration(DeclarationDocumentKind kind, string name = "تعاونی مصرف کارکنان آموزش و پرورش") => new(
        kind, name, "12345", "زنجان", 1404, "ارسال‌شده، در انتظار بررسی", "K7TM-29QH",
        new DateTime(2026, 5, 10, 6, 30, 0, DateTimeKind.Utc), "مریم احمدی", new DateOnly(2026, 7, 22),
        new DateTime(2026, 5, 11, 8, 0, 0, DateTimeKind.Utc),
        [
            new SummarySection("اعضا، کارکنان و سرمایه", [new("شمار کل اعضا", "۱۲"), new("سرمایه", "۱٬۲۰۰٬۰۰۰٬۰۰۰ ریال")]),
            new SummarySection("صورت‌های مالی", [new("جمع دارایی‌ها", "۵٬۰۰۰٬۰۰۰ ریال"), new("سود (زیان) خالص", "-۳۰۰٬۰۰۰ ریال"), new("سود تقسیم‌شده", "۰ ریال")]),
            new SummarySection("مجامع عمومی", [new("مجمع عمومی عادی سالانه", "برگزار نشده")]),
        ],
        [
            new DeclarationOfficerLine("عضو اصلی هیئت مدیره", "علی رضایی", "0020000006", new DateOnly(2027, 3, 20)),
            new DeclarationOfficerLine("بازرس اصلی", "زهرا کریمی", "0030000009", null),
        ],
        40, "متوسط",
        [
            new DeclarationRiskLine("R01", "مجمع عمومی عادی در مهلت قانونی برگزار نشده است.", 25, "تاریخ مجمع عادی اعلام نشده است؛ مهلت: 1405/04/31"),
            new DeclarationRiskLine("R04", "گزارش بازرسان بارگذاری نشده است.", 15, "دارایی‌ها 1,500,000 ریال"),
        ],
        [new SummaryEvent(new DateTime(2026, 5, 10, 6, 30, 0, DateTimeKind.Utc), "خوداظهاری ارسال شد", null, false)]);

    private IRenderedComponent<DeclarationTemplate> Render(DeclarationDocument document) =>
        Context.Render<DeclarationTemplate>(p => p
            .Add(t => t.Document, document)
            .AddCascadingValue(new DocumentShellContext(DocumentMedia.Print)));

    [Fact]
    public void The_receipt_states_number_cooperative_year_time_key_figures_and_band_but_not_the_findings()
    {
        var rendered = Render(Declaration(DeclarationDocumentKind.Receipt));
        var markup = rendered.Markup;
        Assert.Contains("رسید خوداظهاری نظارتی", markup, StringComparison.Ordinal);
        Assert.Contains("K7TM-29QH", rendered.Find("#receipt-number").TextContent, StringComparison.Ordinal);
        Assert.Contains("تعاونی مصرف کارکنان آموزش و پرورش", markup, StringComparison.Ordinal);
        // Codes in Latin digits, in the cut whose digits stay Latin (docs/glossary.md); the footer prints the code too.
        Assert.Contains("<bdi dir=\"ltr\" class=\"ltr num\">12345</bdi>", markup, StringComparison.Ordinal);
        Assert.Contains("<bdi dir=\"ltr\" class=\"ltr num\">K7TM-29QH</bdi>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("۱۲۳۴۵", markup, StringComparison.Ordinal);
        Assert.Contains("رسید \u2066K7TM-29QH\u2069';font-family:'Vazirmatn'", markup, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۴", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("۱٬۴۰۴", markup, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۵/۰۲/۲۰ ۱۰:۰۰", markup, StringComparison.Ordinal); // 06:30 UTC is 10:00 in Tehran
        Assert.Contains("مریم احمدی", markup, StringComparison.Ordinal);
        Assert.Contains("۱٬۲۰۰٬۰۰۰٬۰۰۰ ریال", rendered.Find("#key-figures").TextContent, StringComparison.Ordinal);
        Assert.Contains("متوسط", rendered.Find("#risk-band").TextContent, StringComparison.Ordinal);
        Assert.Contains("۴۰", rendered.Find("#risk-band").TextContent, StringComparison.Ordinal);
        Assert.Empty(rendered.FindAll("#findings"));
        Assert.DoesNotContain("علی رضایی", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_lays_out_sections_officers_findings_and_the_history_with_persian_digits()
    {
        var rendered = Render(Declaration(DeclarationDocumentKind.Report));
        var markup = rendered.Markup;
        Assert.Contains("گزارش خوداظهاری نظارتی", markup, StringComparison.Ordinal);
        Assert.Contains("صورت‌های مالی", markup, StringComparison.Ordinal);
        Assert.Contains("-۳۰۰٬۰۰۰ ریال", markup, StringComparison.Ordinal);

        var officers = rendered.FindAll("#officers tbody tr");
        Assert.Equal(2, officers.Count);
        Assert.Contains("۰۰۲۰۰۰۰۰۰۶", officers[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۵/۱۲/۲۹", officers[0].TextContent, StringComparison.Ordinal);

        var findings = rendered.FindAll("#findings tbody tr");
        Assert.Equal(2, findings.Count);
        Assert.Contains("R01", findings[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("۲۵", findings[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("مهلت: ۱۴۰۵/۰۴/۳۱", findings[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("۱٬۵۰۰٬۰۰۰ ریال", findings[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("1405/04/31", markup, StringComparison.Ordinal);
        Assert.Contains("۴۰", rendered.Find("#risk-band").TextContent, StringComparison.Ordinal);

        Assert.Contains("خوداظهاری ارسال شد", rendered.Find("#timeline").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_findings_or_officers_says_so_and_typed_text_is_encoded()
    {
        var document = Declaration(DeclarationDocumentKind.Report, "تعاونی <script>alert(1)</script>") with { Findings = [], Officers = [], RiskTotal = 0, RiskBand = "کم" };
        var markup = Render(document).Markup;
        Assert.Contains("هیچ‌یک از قاعده‌های ریسک", markup, StringComparison.Ordinal);
        Assert.Contains("کسی وارد نشده است.", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_templates_map_lays_out_declarations() =>
        Assert.Contains(typeof(DeclarationDocument), RazorDocumentTemplates.DocumentTypes);
}
