using Bunit;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.Web.Components.Pages.Supervision;

namespace CoopPortal.ComponentTests.Pages;

/// <summary>The one read-only view of a declaration's content, for the office and for the manager after sending.</summary>

public sealed class DeclarationContentViewTests : ComponentTest
{
    private static readonly Guid DeclarationId = Guid.Parse("11111111-2222-3333-4444-555555555555");
    private static readonly Guid FileId = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");

    private static DeclarationView View(DeclarationContent content, params AttachedFile[] files) => new(
        DeclarationId, Guid.NewGuid(), "تعاونی نمونه", "1234", 1403, new DateOnly(2025, 7, 22), DeclarationStatus.Submitted, content,
        PreviousYearNetProfitOrLoss: -5_000, ConfirmedSections: DeclarationSectionText.All, TruthDeclared: true, Files: files,
        ReceiptNumber: "ABC123", SubmittedAtUtc: new DateTime(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc), Risk: null, RiskIsPreview: false,
        InspectionPlannedOn: null, ReturnComment: null, History: [], Problems: [], IsManager: false, CanEdit: false, Decisions: new HashSet<DeclarationAction> { DeclarationAction.Accept, DeclarationAction.SendBack, DeclarationAction.PlanInspection });

    private IRenderedComponent<DeclarationContentView> Render(DeclarationView view, DeclarationAudience audience = DeclarationAudience.Office) =>
        Context.Render<DeclarationContentView>(p => p.Add(c => c.View, view).Add(c => c.Audience, audience));

    [Fact]
    public void Officers_show_their_role_titles_persian_national_codes_and_jalali_term_ends()
    {
        var content = new DeclarationContent
        {
            Officers =
            [
                new OfficerEntry(OfficerRole.Inspector, "مریم احمدی", "0012345678", null, new DateOnly(2026, 3, 20)),
                new OfficerEntry(OfficerRole.BoardMember, "علی رضایی", "0098765432", new DateOnly(2023, 3, 21), new DateOnly(2026, 3, 20)),
            ],
        };

        var cut = Render(View(content));

        var rows = cut.FindAll("#decl-officers tr.decl-officer");
        Assert.Equal(2, rows.Count);
        var board = rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["عضو اصلی هیئت مدیره", "علی رضایی", "۰۰۹۸۷۶۵۴۳۲", "۱۴۰۲/۰۱/۰۱", "۱۴۰۴/۱۲/۲۹"], board);
        Assert.Equal("بازرس اصلی", rows[1].QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("—", rows[1].QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public void Amounts_and_answers_are_shown_in_persian_with_losses_as_negative()
    {
        var content = new DeclarationContent
        {
            MembersTotal = 12,
            Capital = 2_500_000_000,
            NetProfitOrLoss = -75_000,
            TaxReturnFiled = true,
            InsurancePaid = false,
        };

        var cut = Render(View(content));

        Assert.Equal("۱۲", cut.Find("#decl-view-MembersTotal").TextContent.Trim());
        var text = cut.Markup;
        Assert.Contains("۲٬۵۰۰٬۰۰۰٬۰۰۰ ریال", text, StringComparison.Ordinal);
        Assert.Contains("−۷۵٬۰۰۰ ریال", text, StringComparison.Ordinal);
        Assert.Contains("−۵٬۰۰۰ ریال", text, StringComparison.Ordinal);
        var compliance = cut.Find("#decl-section-compliance").TextContent;
        Assert.Contains("بله", compliance, StringComparison.Ordinal);
        Assert.Contains("خیر", compliance, StringComparison.Ordinal);
    }

    [Fact]
    public void The_inspectors_report_links_to_the_declarations_file_download()
    {
        var file = new AttachedFile(FileId, SelfDeclaration.InspectorsReportKind, "گزارش بازرس.pdf", "application/pdf", 2048, "sha", "key", new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc));

        var cut = Render(View(DeclarationContent.Empty, file));

        var link = cut.Find($"#decl-file-{FileId}");
        Assert.Equal($"declarations/{DeclarationId}/files/{FileId}", link.GetAttribute("href"));
        Assert.Equal("گزارش بازرس.pdf", link.TextContent.Trim());
        Assert.Empty(cut.FindAll("#decl-no-report"));
    }

    [Fact]
    public void Without_a_report_or_officers_the_sections_say_so()
    {
        var cut = Render(View(DeclarationContent.Empty));

        Assert.Equal("گزارش بازرسان پیوست نشده است.", cut.Find("#decl-no-report").TextContent.Trim());
        Assert.Empty(cut.FindAll("#decl-officers"));
        Assert.Equal(DeclarationSectionText.All.Count, cut.FindAll(".decl-section").Count);
    }

    [Fact]
    public void Every_section_lists_the_catalogs_labels_with_last_years_result_after_this_years()
    {
        var cut = Render(View(new DeclarationContent { NetProfitOrLoss = 10, OrdinaryAssemblyHeldOn = null, TrainingHours = 8 }));

        var finances = cut.FindAll("#decl-section-finances th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["جمع دارایی‌ها", "جمع بدهی‌ها", "حقوق صاحبان سهام", "درآمد (فروش)", "سود (زیان) خالص", "سود (زیان) خالص سال قبل", "سود تقسیم‌شده"], finances);
        var members = cut.FindAll("#decl-section-members th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["شمار کل اعضا", "اعضای زن", "اعضای مرد", "شمار کارکنان", "سرمایه"], members);
        Assert.Equal("برگزار نشده", cut.Find("#decl-view-OrdinaryAssemblyHeldOn").TextContent.Trim());
        Assert.Equal("۸", cut.Find("#decl-view-TrainingHours").TextContent.Trim());
        Assert.Equal("—", cut.Find("#decl-view-Revenue").TextContent.Trim());
        Assert.Contains("اظهارنامه مالیاتی تسلیم شده", cut.Find("#decl-section-compliance").TextContent, StringComparison.Ordinal);
        Assert.Equal("مجمع عمومی فوق‌العاده‌ای اعلام نشده است.", cut.Find("#decl-section-assemblies .mud-typography-body2").TextContent.Trim());
    }

    [Fact]
    public void Extraordinary_assemblies_are_listed_with_jalali_dates()
    {
        var content = new DeclarationContent { ExtraordinaryAssemblies = [new ExtraordinaryAssembly(JalaliDate.Parse("1404/08/01"), "افزایش سرمایه"), new ExtraordinaryAssembly(null, "تغییر نشانی")] };

        var rows = Render(View(content)).FindAll("#decl-extraordinary-assemblies tbody tr").Select(tr => tr.TextContent).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Contains("۱۴۰۴/۰۸/۰۱", rows[0], StringComparison.Ordinal);
        Assert.Contains("افزایش سرمایه", rows[0], StringComparison.Ordinal);
        Assert.Contains("—", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_office_sees_terms_that_had_ended_when_it_was_sent_marked_and_the_manager_sees_a_heading_instead()
    {
        var content = new DeclarationContent
        {
            Officers = [new OfficerEntry(OfficerRole.Inspector, "مریم احمدی", "0012345678", null, new DateOnly(2024, 3, 20))],
        };

        var office = Render(View(content));
        Assert.Single(office.FindAll("#decl-officers td.term-ended"));
        Assert.DoesNotContain("اطلاعات اظهارشده", office.Markup, StringComparison.Ordinal);

        var manager = Render(View(content), DeclarationAudience.Manager);
        Assert.Empty(manager.FindAll("#decl-officers td.term-ended"));
        Assert.Contains("اطلاعات اظهارشده", manager.Find("#decl-content").TextContent, StringComparison.Ordinal);
        Assert.Equal(DeclarationSectionText.All.Count, manager.FindAll(".decl-section").Count);
    }

    [Fact]
    public void On_check_answers_each_section_has_a_change_link_naming_it_and_the_office_view_has_none()
    {
        var view = View(new DeclarationContent());
        var check = Context.Render<DeclarationContentView>(p => p.Add(c => c.View, view).Add(c => c.Audience, DeclarationAudience.Manager)
            .Add(c => c.ChangeUrl, s => $"declarations/{DeclarationId}/sections/{s.ToString().ToLowerInvariant()}"));
        var change = check.Find("#decl-change-finances");
        Assert.Equal($"declarations/{DeclarationId}/sections/finances", change.GetAttribute("href"));
        Assert.Equal("تغییر صورت‌های مالی", change.TextContent.Trim());
        Assert.Equal(DeclarationSectionText.All.Count, check.FindAll("[id^=decl-change-]").Count);

        Assert.Empty(Render(view).FindAll("[id^=decl-change-]"));
    }
}
