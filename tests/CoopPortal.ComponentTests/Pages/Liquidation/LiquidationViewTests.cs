using Bunit;
using CoopPortal.Application.Liquidation.Common;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Domain.Registry;
using CoopPortal.Web.Components.Pages.Liquidation;

namespace CoopPortal.ComponentTests.Pages.Liquidation;

/// <summary>
/// A liquidation's pages open with its outcome and next step (for the liquidators and for the office), then the period,
/// the liquidators, the reports with their figures and files, and the history newest first.
/// </summary>
public sealed class LiquidationViewTests : ComponentTest
{
    private static readonly DateOnly StartsOn = JalaliDate.Parse("1405/03/30")!.Value;
    private static readonly DateTime FiledAt = StartsOn.AddDays(40).ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);

    private static LiquidationView View(LiquidationStatus status, IReadOnlyList<LiquidationReport>? reports = null, string? comment = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), "تعاونی آزمون تصفیه", status, LiquidationSource.Assembly, StartsOn, StartsOn.AddMonths(12),
        [new Liquidator("ناصر تصفیه‌چی", CoopPortal.Testing.TestNationalCodes.Next(), StartsOn, StartsOn.AddMonths(12))],
        reports ?? [], LiquidationDraft.Empty, [], comment,
        [
            new LiquidationHistoryLine(FiledAt.AddDays(-40), LiquidationAction.Start, "کارشناس آزمون", null),
            new LiquidationHistoryLine(FiledAt, LiquidationAction.FileFinal, "ناصر تصفیه‌چی", null),
        ],
        new HashSet<LiquidationAction>(), IsLiquidator: true, InterimRequired: true, [], []);

    private static LiquidationReport Final => new(
        Guid.NewGuid(), LiquidationReportKind.Final, "اموال فروخته و بدهی‌ها پرداخت شد.", 900_000_000, 700_000_000, 200_000_000,
        [new AttachedFile(Guid.NewGuid(), "Report", "final.pdf", "application/pdf", 100, "aa", "key", FiledAt)], "user-1", "ناصر تصفیه‌چی", FiledAt);

    [Theory]
    [InlineData(LiquidationStatus.Started, false, "نخست گزارش میان‌دوره‌ای را ثبت کنید")]
    [InlineData(LiquidationStatus.Started, true, "هنوز گزارشی ثبت نکرده‌اند")]
    [InlineData(LiquidationStatus.FinalReportFiled, false, "در انتظار بررسی اداره کل")]
    [InlineData(LiquidationStatus.FinalReportFiled, true, "آن را بررسی کنید")]
    [InlineData(LiquidationStatus.Recommended, true, "تصمیم با مدیر اداره کل است")]
    [InlineData(LiquidationStatus.StruckOff, false, "تعاونی از دفتر ثبت حذف شد")]
    public void The_outcome_says_what_happened_and_what_comes_next(LiquidationStatus status, bool office, string expected)
    {
        var cut = Context.Render<LiquidationOutcome>(p => p.Add(c => c.View, View(status)).Add(c => c.Office, office));

        Assert.Contains(expected, cut.Find("#liquidation-outcome").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#liquidation-return-comment"));
    }

    [Fact]
    public void A_final_report_sent_back_shows_the_office_comment()
    {
        var cut = Context.Render<LiquidationOutcome>(p => p.Add(c => c.View, View(LiquidationStatus.ReturnedForCorrection, comment: "جمع دارایی‌ها با صورت‌حساب بانک نمی‌خواند.")));

        Assert.Contains("اصلاح و دوباره ثبت کنید", cut.Find("#liquidation-outcome").TextContent, StringComparison.Ordinal);
        Assert.Contains("جمع دارایی‌ها با صورت‌حساب بانک نمی‌خواند.", cut.Find("#liquidation-return-comment").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_details_show_the_period_the_liquidators_the_final_figures_and_the_history_newest_first()
    {
        var cut = Context.Render<LiquidationDetails>(p => p.Add(c => c.View, View(LiquidationStatus.FinalReportFiled, [Final])));

        Assert.Contains("۱۴۰۵/۰۳/۳۰", cut.Find("#liquidation-period").TextContent, StringComparison.Ordinal);
        Assert.Contains("ناصر تصفیه‌چی", cut.Find("#liquidation-liquidators").TextContent, StringComparison.Ordinal);
        var report = cut.Find("#liquidation-report-0").TextContent;
        Assert.Contains("گزارش نهایی", report, StringComparison.Ordinal);
        Assert.Contains("۲۰۰٬۰۰۰٬۰۰۰ ریال", report, StringComparison.Ordinal);
        Assert.Contains("final.pdf", report, StringComparison.Ordinal);
        var lines = cut.FindAll("#liquidation-history li");
        Assert.Equal(2, lines.Count);
        Assert.Contains("گزارش نهایی تصفیه ثبت شد", lines[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_reports_the_details_say_none_was_filed()
    {
        var cut = Context.Render<LiquidationDetails>(p => p.Add(c => c.View, View(LiquidationStatus.Started)));

        Assert.Equal("هنوز گزارشی ثبت نشده است.", cut.Find("#liquidation-no-report").TextContent.Trim());
    }
}
