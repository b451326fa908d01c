using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>The dashboard's numbers as the tables the page shows and every export writes; each table's key is stable.</summary>
public static class DashboardTables
{
    public const string Country = "کل کشور";

    public const string Total = "جمع";

    /// <summary>The scope of a county office's statistics: «اداره تعاون شهرستان ابهر».</summary>
    public static string CountyOffice(string county) => "اداره تعاون شهرستان " + county;

    /// <summary>The key of the general assemblies' table (the page's section «stats-assemblies», exports' «table=assemblies»).</summary>
    public const string AssembliesKey = "assemblies";

    /// <summary>The key of the table of the year's dormancy cases and liquidations per county («stats-lifecycle»).</summary>
    public const string LifecycleKey = "lifecycle";

    /// <summary>The key of the table of the registry by status per county.</summary>
    public const string StatusKey = "by-status";

    /// <summary>The key of the table of the festival's nominees and winners per county.</summary>
    public const string FestivalKey = "festival";

    public static readonly ReportColumn Count = new("تعداد", ReportColumnKind.Number);

    /// <param name="scope">The province's Persian name, <see cref="CountyOffice"/>, or <see cref="Country"/>.</param>
    public static StatisticsReport From(DashboardReport report, string scope, DateTime generatedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(report);
        var year = PersianFormat.Digits(report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var fiscal = PersianFormat.Digits(report.Declarations.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new(scope, report.Year, generatedAtUtc,
        [
            Counts("applications-by-status", "درخواست‌های تشکیل به تفکیک وضعیت", "وضعیت", report.ApplicationsByStatus, withTotal: true),
            Counts("formed-by-county", $"تعاونی‌های تشکیل‌شده در سال {year} به تفکیک شهرستان", "شهرستان",
                report.FormedByCounty.Select(l => new DashboardLine(l.County, l.Count)).ToList(), withTotal: true),
            Groups("by-orientation", "تعاونی‌ها و اعضا به تفکیک گرایش", "گرایش", report.ByOrientation),
            Groups("by-membership-type", "تعاونی‌ها و اعضا به تفکیک نوع عضویت", "نوع عضویت", report.ByMembershipType),
            Members(report.Members),
            Declarations(report.Declarations, fiscal),
            Counts("declarations-by-status", $"خوداظهاری‌های سال مالی {fiscal} به تفکیک وضعیت", "وضعیت", report.DeclarationsByStatus, withTotal: true),
            Counts("declarations-by-risk", $"خوداظهاری‌های سال مالی {fiscal} به تفکیک سطح ریسک", "سطح ریسک", report.DeclarationsByRisk, withTotal: true),
            Counts("inspections", "بازدیدهای نظارتی", "وضعیت",
            [
                new DashboardLine("برنامه‌ریزی‌شده، پیش رو", report.Inspections.Upcoming),
                new DashboardLine("برنامه‌ریزی‌شده، موعد گذشته و بی‌گزارش", report.Inspections.Past),
                new DashboardLine($"انجام‌شده در سال {year}", report.Inspections.DoneInYear),
            ], withTotal: false),
            Assemblies(report.AssembliesByCounty, report.Year),
            Durations(report.Durations, year),
            Lifecycle(report.LifecycleByCounty, year),
            Statuses(report.StatusByCounty),
            Festival(report.FestivalByCounty, fiscal),
        ]) { AsOf = report.AsOf };
    }

    /// <summary>A two-column table: a label and its count, with an optional «جمع» row.</summary>
    public static ReportTable Counts(string key, string title, string labelHeader, IReadOnlyList<DashboardLine> lines, bool withTotal) =>
        new(key, title, [new ReportColumn(labelHeader), Count],
            lines.Select(l => (IReadOnlyList<object?>)[l.Title, l.Count]).ToList(),
            withTotal ? [Total, lines.Sum(l => l.Count)] : null);

    /// <summary>The general assemblies of the year per county («مجامع عمومی»), with the totals.</summary>
    public static ReportTable Assemblies(IReadOnlyList<AssemblyCountyLine> lines, int year) =>
        new(AssembliesKey, $"مجامع عمومی سال {PersianFormat.Digits(year.ToString(System.Globalization.CultureInfo.InvariantCulture))} به تفکیک شهرستان",
        [
            new ReportColumn("شهرستان"),
            new ReportColumn("برگزارشده (صورت‌جلسه تأییدشده)", ReportColumnKind.Number),
            new ReportColumn("با نظارت (گزارش ناظر ثبت شد)", ReportColumnKind.Number),
            new ReportColumn("با گزارش تخلف ناظر", ReportColumnKind.Number),
            new ReportColumn("لغوشده", ReportColumnKind.Number),
        ],
            lines.Select(l => (IReadOnlyList<object?>)[l.County, (long)l.Held, (long)l.Supervised, (long)l.WithIrregularities, (long)l.Cancelled]).ToList(),
            [Total, (long)lines.Sum(l => l.Held), (long)lines.Sum(l => l.Supervised), (long)lines.Sum(l => l.WithIrregularities), (long)lines.Sum(l => l.Cancelled)]);

    /// <summary>The dormancy cases and liquidations of the year per county, with the totals.</summary>
    public static ReportTable Lifecycle(IReadOnlyList<LifecycleCountyLine> lines, string year) =>
        new(LifecycleKey, $"پرونده‌های رکود، انحلال و تصفیه در سال {year} به تفکیک شهرستان",
        [
            new ReportColumn("شهرستان"),
            new ReportColumn("پرونده رکود گشوده‌شده", ReportColumnKind.Number),
            new ReportColumn("احیاشده", ReportColumnKind.Number),
            new ReportColumn("پرونده بسته‌شده", ReportColumnKind.Number),
            new ReportColumn("انحلال پیگیری‌شده", ReportColumnKind.Number),
            new ReportColumn("تصفیه آغازشده", ReportColumnKind.Number),
            new ReportColumn("حذف از دفتر ثبت", ReportColumnKind.Number),
        ],
            lines.Select(l => (IReadOnlyList<object?>)[l.County, (long)l.DormancyOpened, (long)l.Revived, (long)l.Closed, (long)l.DissolutionPursued, (long)l.LiquidationStarted, (long)l.StruckOff]).ToList(),
            [Total, (long)lines.Sum(l => l.DormancyOpened), (long)lines.Sum(l => l.Revived), (long)lines.Sum(l => l.Closed),
             (long)lines.Sum(l => l.DissolutionPursued), (long)lines.Sum(l => l.LiquidationStarted), (long)lines.Sum(l => l.StruckOff)]);

    /// <summary>The registered cooperatives by their status now per county, with the totals.</summary>
    public static ReportTable Statuses(IReadOnlyList<StatusCountyLine> lines) =>
        new(StatusKey, "تعاونی‌های ثبت‌شده به تفکیک وضعیت (اکنون) و شهرستان",
        [
            new ReportColumn("شهرستان"),
            new ReportColumn(CooperativeStatusText.Title(CooperativeStatus.Active), ReportColumnKind.Number),
            new ReportColumn(CooperativeStatusText.Title(CooperativeStatus.DormancyCaseOpen), ReportColumnKind.Number),
            new ReportColumn(CooperativeStatusText.Title(CooperativeStatus.Dissolved), ReportColumnKind.Number),
            new ReportColumn(CooperativeStatusText.Title(CooperativeStatus.InLiquidation), ReportColumnKind.Number),
            new ReportColumn(CooperativeStatusText.Title(CooperativeStatus.StruckOff), ReportColumnKind.Number),
            new ReportColumn("جمع", ReportColumnKind.Number),
        ],
            lines.Select(l => (IReadOnlyList<object?>)[l.County, (long)l.Active, (long)l.DormancyCaseOpen, (long)l.Dissolved, (long)l.InLiquidation, (long)l.StruckOff, (long)l.Total]).ToList(),
            [Total, (long)lines.Sum(l => l.Active), (long)lines.Sum(l => l.DormancyCaseOpen), (long)lines.Sum(l => l.Dissolved),
             (long)lines.Sum(l => l.InLiquidation), (long)lines.Sum(l => l.StruckOff), (long)lines.Sum(l => l.Total)]);

    /// <summary>The festival of the fiscal year: shortlisted cooperatives and winners per county, with the totals.</summary>
    public static ReportTable Festival(IReadOnlyList<FestivalCountyLine> lines, string fiscal) =>
        new(FestivalKey, $"جشنواره تعاونی‌های برتر سال {fiscal} به تفکیک شهرستان",
        [
            new ReportColumn("شهرستان"),
            new ReportColumn("نامزد (فهرست کوتاه)", ReportColumnKind.Number),
            new ReportColumn("برگزیده", ReportColumnKind.Number),
        ],
            lines.Select(l => (IReadOnlyList<object?>)[l.County, (long)l.Shortlisted, (long)l.Winners]).ToList(),
            [Total, (long)lines.Sum(l => l.Shortlisted), (long)lines.Sum(l => l.Winners)]);

    private static ReportTable Groups(string key, string title, string labelHeader, IReadOnlyList<GroupLine> lines) =>
        new(key, title, [new ReportColumn(labelHeader), new ReportColumn("تعاونی‌ها", ReportColumnKind.Number), new ReportColumn("اعضا", ReportColumnKind.Number)],
            lines.Select(l => (IReadOnlyList<object?>)[l.Title, (long)l.Cooperatives, l.Members]).ToList(),
            [Total, (long)lines.Sum(l => l.Cooperatives), lines.Sum(l => l.Members)]);

    private static ReportTable Members(MemberTotals m) =>
        Counts("members", "تعاونی‌ها و اعضا", "شاخص",
        [
            new DashboardLine("تعداد تعاونی‌ها", m.Cooperatives),
            new DashboardLine("جمع اعضا", m.Members),
            new DashboardLine("اعضای زن", m.Women),
            new DashboardLine("اعضای مرد", m.Men),
            new DashboardLine("اعضای بدون تفکیک جنسیت (خوداظهاری نکرده)", m.Unbroken),
            new DashboardLine("تعاونی‌های دارای تفکیک جنسیت اعضا", m.CooperativesByGender),
        ], withTotal: false);

    private static ReportTable Declarations(DeclarationSummary d, string fiscal) =>
        new("declarations", $"خوداظهاری سال مالی {fiscal} (مهلت {PersianFormat.Date(d.DueOn)})", [new ReportColumn("شاخص"), Count],
        [
            ["تعاونی‌های مکلف", (long)d.Expected],
            ["خوداظهاری ارسال‌شده", (long)d.Filed],
            [d.PastDue ? "خوداظهاری نکرده (مهلت گذشته)" : "خوداظهاری نکرده (هنوز در مهلت)", (long)(d.Expected - d.Filed < 0 ? 0 : d.Expected - d.Filed)],
            ["مجامع عمومی برگزارشده (گزارش‌شده)", d.AssembliesHeld],
            ["ساعت آموزش (گزارش‌شده)", d.TrainingHours],
        ]);

    private static ReportTable Durations(IReadOnlyList<DurationLine> lines, string year) =>
        new("durations", $"زمان رسیدگی در سال {year} (روز)",
            [new ReportColumn("مرحله"), Count, new ReportColumn("میانه (روز)", ReportColumnKind.Days), new ReportColumn("صدک ۹۰ (روز)", ReportColumnKind.Days)],
            lines.Select(l => (IReadOnlyList<object?>)[l.Title, l.Count, l.MedianDays, l.P90Days]).ToList());
}
