using Bunit;
using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Common;
using CoopPortal.Web.Components.Pages.Office;

namespace CoopPortal.ComponentTests.Pages.Office;

/// <summary>
/// The compliance list says per cooperative whether the ordinary assembly of the year was held and recorded in the
/// portal («مجمع عادی سال»), and its totals count them («مجمع عادی ثبت‌شده»), with Persian digits and Jalali dates.
/// </summary>
public sealed class ComplianceTableTests : ComponentTest
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private static ComplianceItem Item(string name, DateOnly? assemblyHeldOn) => new(
        Guid.NewGuid(), name, "12345", "زنجان", [1404], J("1405/04/31"), false, 1403, assemblyHeldOn);

    [Fact]
    public void Each_row_shows_the_jalali_day_of_the_recorded_ordinary_assembly_or_not_recorded()
    {
        var held = Item("تعاونی مجمع‌دار", J("1405/03/12"));
        var silent = Item("تعاونی بی‌مجمع", null);

        var cut = Context.Render<ComplianceTable>(p => p.Add(c => c.Items, [held, silent]));

        Assert.Contains("مجمع عادی سال", cut.FindAll("#compliance-table th").Select(th => th.TextContent.Trim()));
        var cells = cut.FindAll("tr.compliance-row td.compliance-assembly").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["۱۴۰۵/۰۳/۱۲", ComplianceTable.NotRecorded], cells);
        Assert.Equal("ثبت نشده", cut.Find($"#compliance-row-{silent.CooperativeId} .compliance-assembly").TextContent.Trim());
        Assert.Equal("۱۴۰۵/۰۳/۱۲", cut.Find($"#compliance-row-{held.CooperativeId} .compliance-assembly").TextContent.Trim());
    }

    [Fact]
    public void The_summary_counts_the_cooperatives_whose_ordinary_assembly_was_recorded_in_persian_digits()
    {
        var report = new ComplianceReport(1404, J("1405/04/31"), 130, 40, 12, 40, 1, 100, [], AssemblyHeld: 57);

        var cut = Context.Render<ComplianceSummary>(p => p.Add(c => c.Report, report));

        Assert.Equal("۵۷", cut.Find("#compliance-assembly-count").TextContent.Trim());
        Assert.Contains("مجمع عادی ثبت‌شده:", cut.Find("#compliance-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal("۱۳۰", cut.Find("#compliance-total").TextContent.Trim());
        Assert.Equal("۱۴۰۵/۰۴/۳۱", cut.Find("#compliance-due").TextContent.Trim());
        Assert.Contains("سال مالی ۱۴۰۴", cut.Find("#compliance-year").TextContent, StringComparison.Ordinal);
    }
}
