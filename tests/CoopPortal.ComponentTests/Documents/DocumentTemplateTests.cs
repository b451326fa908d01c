using Bunit;
using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Formation.Summary;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Documents.Layout;
using CoopPortal.Documents.Templates;
using CoopPortal.Domain.Certificates;

namespace CoopPortal.ComponentTests.Documents;

/// <summary>The printed documents' Razor templates, rendered as components: what they say and what they never contain.</summary>
public sealed class DocumentTemplateTests : ComponentTest
{
    private static CertificateDocument Certificate(string name = "تعاونی مصرف کارکنان آموزش و پرورش") => new(
        "1405/14/00012",
        new DateTime(2026, 11, 23, 8, 30, 0, DateTimeKind.Utc),
        new CertificateContent(name, "توزیعی", "تأمین نیاز مصرف‌کنندگان", "خاص", "زنجان", "خدابنده",
            [new("مریم احمدی", "0010000003"), new("علی رضایی", "0020000006"), new("زهرا کریمی", "0030000009")],
            12, 1_200_000_000, "اداره کل تعاون، کار و رفاه اجتماعی استان زنجان", "K7TM-29QH", "حسین محمدی"),
        "https://e.tavon.ir/verify/abcdefghijklmnopqrstuvwxyz");

    private IRenderedComponent<CertificateTemplate> RenderCertificate(CertificateDocument document, DocumentMedia media) =>
        Context.Render<CertificateTemplate>(p => p
            .Add(t => t.Document, document)
            .AddCascadingValue(new DocumentShellContext(media)));

    [Fact]
    public void The_certificate_states_name_number_date_founders_capital_and_carries_a_qr_code()
    {
        var markup = RenderCertificate(Certificate(), DocumentMedia.Print).Markup;
        Assert.Contains("تعاونی مصرف کارکنان آموزش و پرورش", markup, StringComparison.Ordinal);
        Assert.Contains("<bdi dir=\"ltr\" class=\"ltr num\">1405/14/00012</bdi>", markup, StringComparison.Ordinal); // a code: Latin digits
        Assert.DoesNotContain("۱۴۰۵/۱۴/۰۰۰۱۲", markup, StringComparison.Ordinal);
        Assert.Contains("۲ آذر ۱۴۰۵", markup, StringComparison.Ordinal);
        Assert.Contains("۱٬۲۰۰٬۰۰۰٬۰۰۰", markup.Replace(",", "٬", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("زهرا کریمی", markup, StringComparison.Ordinal);
        Assert.Contains("۰۰۳۰۰۰۰۰۰۹", markup, StringComparison.Ordinal);
        Assert.Contains("<svg", markup, StringComparison.Ordinal);
        Assert.Contains("https://e.tavon.ir/verify/abcdefghijklmnopqrstuvwxyz", markup, StringComparison.Ordinal);
        Assert.Contains("counter(page, persian)", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Printed_documents_carry_no_font_data_and_screen_previews_link_the_portals_fonts()
    {
        var print = RenderCertificate(Certificate(), DocumentMedia.Print).Markup;
        Assert.DoesNotContain("@font-face", print, StringComparison.Ordinal);
        var screen = RenderCertificate(Certificate(), DocumentMedia.Screen).Markup;
        Assert.Contains("/fonts/Vazirmatn-FD-Regular.woff2", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_typed_by_people_is_encoded_and_cannot_add_markup_or_script()
    {
        var markup = RenderCertificate(Certificate("تعاونی <script>alert(1)</script> نمونه"), DocumentMedia.Print).Markup;
        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_of_an_empty_draft_says_what_is_missing_instead_of_empty_tables()
    {
        var summary = new ApplicationSummaryDocument("پیش‌نویس", "پیش‌نویس", null, new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc),
            [new SummarySection("نام‌های پیشنهادی", [])], [], [], [], null);
        var markup = Context.Render<ApplicationSummaryTemplate>(p => p
            .Add(t => t.Document, summary)
            .AddCascadingValue(new DocumentShellContext(DocumentMedia.Print))).Markup;
        Assert.Contains("عضوی وارد نشده است.", markup, StringComparison.Ordinal);
        Assert.Contains("مدرکی بارگذاری نشده است.", markup, StringComparison.Ordinal);
        Assert.Contains("هنوز رویدادی ثبت نشده است.", markup, StringComparison.Ordinal);
        Assert.Contains("ارسال نشده", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("شماره موافقت‌نامه", markup, StringComparison.Ordinal);
    }
}
