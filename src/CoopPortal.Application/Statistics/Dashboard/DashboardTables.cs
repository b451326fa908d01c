using CoopPortal.Application.Statistics.Common;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>The dashboard's numbers as the tables the page shows and every export writes.</summary>
public static class DashboardTables
{
    public const string Country = "کل کشور";

    private static readonly ReportColumn Count = new("تعداد", ReportColumnKind.Number);

    /// <param name="scope">The province's Persian name, or <see cref="Country"/>.</param>
    public static StatisticsReport From(DashboardReport report, string scope, DateTime generatedAtUtc) =>
        new(scope, report.Year, generatedAtUtc,
        [
            Counts("applications-by-status", "درخواست‌های تشکیل به تفکیک وضعیت", "وضعیت", report.ApplicationsByStatus, withTotal: true),
            Counts("formed-by-county", $"تعاونی‌های تشکیل‌شده در سال {report.Year} به تفکیک شهرستان", "شهرستان",
                report.FormedByCounty.Select(l => new DashboardLine(l.County, l.Count)).ToList(), withTotal: true),
            Counts("cooperatives-members", "تعاونی‌ها و اعضا", "شاخص",
                [new DashboardLine("تعداد تعاونی‌ها", report.Cooperatives), new DashboardLine("جمع اعضا", report.Members)], withTotal: false),
            Counts("declarations-by-status", "خوداظهاری‌ها به تفکیک وضعیت", "وضعیت", report.DeclarationsByStatus, withTotal: true),
            Counts("declarations-by-risk", "خوداظهاری‌ها به تفکیک سطح ریسک", "سطح ریسک", report.DeclarationsByRisk, withTotal: true),
            Counts("inspections", "بازدیدهای نظارتی", "وضعیت",
                [new DashboardLine("برنامه‌ریزی‌شده، پیش رو", report.Inspections.Upcoming), new DashboardLine("برنامه‌ریزی‌شده، تاریخ گذشته", report.Inspections.Past)],
                withTotal: true),
        ]);

    /// <summary>A two-column table: a label and its count, with an optional «جمع» row.</summary>
    public static ReportTable Counts(string key, string title, string labelHeader, IReadOnlyList<DashboardLine> lines, bool withTotal) =>
        new(key, title, [new ReportColumn(labelHeader), Count],
            lines.Select(l => (IReadOnlyList<object?>)[l.Title, l.Count]).ToList(),
            withTotal ? ["جمع", lines.Sum(l => l.Count)] : null);
}
