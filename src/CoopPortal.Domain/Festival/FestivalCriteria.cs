using System.Globalization;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Domain.Festival;

/// <summary>
/// The criteria of the festival of top cooperatives (جشنواره تعاونی‌های برتر), those domain.md names: timely assemblies,
/// financial statements and the inspector's report filed, tax and insurance, books kept, employment, exports, sales and
/// members. Each criterion is independent, explains itself in Persian, earns its configured points
/// (<see cref="FestivalWeights"/>) and names the evidence it read; the score is the sum. F01 reads the registry's
/// recorded assembly before the day the manager declared, and F03 the inspector's report signed in the portal before the
/// scan, exactly as risk rules R01 and R04 read them (<see cref="RiskRules"/>); the others read the year's declaration.
/// Dates in the evidence are Jalali with ASCII digits (shown with Persian digits).
/// </summary>
public static class FestivalCriteria
{
    public static IReadOnlyList<FestivalCriterion> All { get; } =
    [
        new("F01", "مجمع عمومی عادی در مهلت قانونی (چهار ماه پس از پایان سال مالی) برگزار شده است.", w => w.AssemblyOnTime, AssemblyOnTime),
        new("F02", "صورت‌های مالی سال (ترازنامه و سود و زیان) کامل و تراز در مهلت خوداظهاری ارائه شده است.", w => w.FinancialStatements, FinancialStatements),
        new("F03", "گزارش بازرس سال در سامانه ثبت یا گزارش بازرسان بارگذاری شده است.", w => w.InspectorReport, (f, _, _) => RiskRules.InspectorReportSource(f.Recorded, f.InspectorsReportUploaded)),
        new("F04", "اظهارنامه مالیاتی سال تسلیم شده است.", w => w.TaxReturn, (f, _, _) => Yes(f.TaxReturnFiled, "اظهارنامه مالیاتی تسلیم شده")),
        new("F05", "حق بیمه کارکنان پرداخت شده است.", w => w.Insurance, (f, _, _) => Yes(f.InsurancePaid, "حق بیمه پرداخت شده")),
        new("F06", "دفاتر قانونی نگهداری می‌شود.", w => w.BooksKept, (f, _, _) => Yes(f.BooksKept, "دفاتر قانونی نگهداری می‌شود")),
        new("F07", "تعاونی اشتغال ایجاد کرده است (دست‌کم شمار تعیین‌شده کارکنان).", w => w.Employment, (f, w, _) =>
            f.Employees is { } n && n >= w.EmployeesFrom ? $"{Declared}، {n} نفر کارکنان؛ دست‌کم {w.EmployeesFrom}" : null),
        new("F08", "تعاونی در سال صادرات داشته است.", w => w.Exports, (f, _, _) =>
            f.ExportsValue is > 0 ? $"{Declared}، ارزش صادرات: {Amount(f.ExportsValue.Value)}" : null),
        new("F09", "فروش سال از فروش سال قبل بیشتر است.", w => w.SalesGrowth, SalesGrowth),
        new("F10", "شمار اعضا دست‌کم به اندازه تعیین‌شده است.", w => w.Members, (f, w, _) =>
            f.MembersTotal is { } n && n >= w.MembersFrom ? $"{Declared}، {n} عضو؛ دست‌کم {w.MembersFrom}" : null),
    ];

    /// <summary>Where the evidence of the criteria that read the declaration comes from.</summary>
    public const string Declared = "طبق خوداظهاری سال";

    /// <summary>The most a cooperative can earn with <paramref name="weights"/>.</summary>
    public static int Maximum(FestivalWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return All.Sum(c => Math.Max(0, c.Points(weights)));
    }

    /// <summary>Scores a cooperative's year: every criterion it earns, with its points and evidence (a criterion weighted 0 earns nothing).</summary>
    public static FestivalScore Score(FestivalFacts facts, FestivalWeights weights, RiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(settings);
        var findings = All
            .Where(criterion => criterion.Points(weights) > 0)
            .Select(criterion => (criterion, evidence: criterion.Evidence(facts, weights, settings)))
            .Where(x => x.evidence is not null)
            .Select(x => new FestivalFinding(x.criterion.Id, x.criterion.Explanation, x.criterion.Points(weights), x.evidence!))
            .ToList();
        return new FestivalScore(findings.Sum(f => f.Points), Maximum(weights), findings);
    }

    /// <summary>
    /// F01 reads the ordinary assembly the registry recorded and confirmed for the year; only when it recorded none, the
    /// day the manager declared. It earns when that day falls in the legal window.
    /// </summary>
    private static string? AssemblyOnTime(FestivalFacts facts, FestivalWeights weights, RiskSettings settings)
    {
        var yearEnd = RiskRules.FiscalYearEnd(facts.FiscalYear);
        var windowEnd = JalaliDate.AddMonths(yearEnd, settings.AssemblyWindowMonths);
        var (source, held) = facts.Recorded.OrdinaryAssemblyHeldOn is { } recorded
            ? (RiskRules.RecordedAssembly, (DateOnly?)recorded)
            : (Declared, facts.OrdinaryAssemblyHeldOn);
        return held is { } on && on > yearEnd && on <= windowEnd
            ? $"{source}، مجمع عادی: {JalaliDate.Format(on)}؛ بازه قانونی: {JalaliDate.Format(yearEnd.AddDays(1))} تا {JalaliDate.Format(windowEnd)}"
            : null;
    }

    /// <summary>F02: a declaration sent by its due date whose balance sheet and profit and loss are all given and balance.</summary>
    private static string? FinancialStatements(FestivalFacts facts, FestivalWeights weights, RiskSettings settings)
    {
        if (facts is not { DeclaredOn: { } sent, TotalAssets: { } assets, TotalLiabilities: { } liabilities, Equity: { } equity, Revenue: not null, NetProfitOrLoss: not null })
        {
            return null;
        }

        var due = RiskRules.DueDate(facts.FiscalYear, settings);
        return sent <= due && assets == liabilities + equity
            ? $"ارسال: {JalaliDate.Format(sent)}؛ مهلت: {JalaliDate.Format(due)}؛ جمع دارایی‌ها برابر بدهی‌ها و حقوق صاحبان سهام: {Amount(assets)}"
            : null;
    }

    private static string? SalesGrowth(FestivalFacts facts, FestivalWeights weights, RiskSettings settings) =>
        facts is { Revenue: { } revenue, PreviousYearRevenue: { } previous } && revenue > previous
            ? $"فروش سال {facts.FiscalYear}: {Amount(revenue)}؛ فروش سال {facts.FiscalYear - 1}: {Amount(previous)}"
            : null;

    private static string? Yes(bool? answer, string evidence) => answer == true ? $"{Declared}، {evidence}" : null;

    private static string Amount(long rials) => rials.ToString("N0", CultureInfo.InvariantCulture) + " ریال";
}
