using System.Globalization;
using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Supervision;

/// <summary>
/// The supervisory risk rules of the annual self-declaration. Each rule is independent, explains itself in Persian and
/// names the evidence that triggered it; the total of the points maps to a band (low, medium, high) by
/// <see cref="RiskSettings"/>. Dates in the evidence are Jalali with ASCII digits (shown with Persian digits).
/// R01–R03 read what the registry records (<see cref="DeclarationFacts.Recorded"/>: the year's confirmed ordinary
/// assembly, the officers' terms) before what the manager declared, and their evidence names the source it read
/// (<see cref="RecordedAssembly"/>, <see cref="RecordedOfficers"/> or <see cref="Declared"/>). R04 reads the inspector's
/// report signed in the portal for the year before the scan the manager attached (<see cref="InspectorReportSource"/>).
/// </summary>
public static class RiskRules
{
    public static IReadOnlyList<RiskRule> All { get; } =
    [
        new("R01", "مجمع عمومی عادی در مهلت قانونی (چهار ماه پس از پایان سال مالی) برگزار نشده است.", 25, NoOrdinaryAssembly),
        new("R02", "دوره هیئت مدیره به پایان رسیده و تمدید نشده است.", 15, (f, _, asOf) => Expired(f.Recorded.BoardTermsEndOn, f.BoardTermsEndOn, asOf, "عضو هیئت مدیره")),
        new("R03", "دوره بازرس یا بازرسان به پایان رسیده است.", 15, (f, _, asOf) => Expired(f.Recorded.InspectorTermsEndOn, f.InspectorTermsEndOn, asOf, "بازرس")),
        new("R04", "گزارش بازرس در سامانه ثبت نشده و گزارش بازرسان بارگذاری نشده است.", 15, (f, _, _) => InspectorReportSource(f) is null ? NoInspectorReport : null),
        new("R05", "جمع دارایی‌ها با جمع بدهی‌ها و حقوق صاحبان سهام برابر نیست.", 20, Unbalanced),
        new("R06", "حقوق صاحبان سهام منفی است.", 20, (f, _, _) => f.Equity is < 0 ? $"حقوق صاحبان سهام: {Amount(f.Equity.Value)}" : null),
        new("R07", "تعاونی دو سال پیاپی زیان داده است.", 15, LossesTwoYears),
        new("R08", "شمار اعضا از حداقل قانونی کمتر است.", 20, (f, s, _) => f.MembersTotal is { } n && n < s.MinimumMembers ? $"{n} عضو؛ حداقل {s.MinimumMembers}" : null),
        new("R09", "خوداظهاری پس از مهلت ارسال شده است.", 10, FiledLate),
    ];

    /// <summary>The last day of a Solar Hijri fiscal year (29 or 30 Esfand).</summary>
    public static DateOnly FiscalYearEnd(int year) => JalaliDate.FromParts(year + 1, 1, 1)!.Value.AddDays(-1);

    /// <summary>The last day the declaration of a fiscal year may be sent.</summary>
    public static DateOnly DueDate(int fiscalYear, RiskSettings settings) => JalaliDate.AddMonths(FiscalYearEnd(fiscalYear), settings.DeclarationDueMonths);

    /// <summary>Assesses a declaration as of a day (its submission day, or today for a draft).</summary>
    public static RiskAssessment Assess(DeclarationFacts facts, RiskSettings settings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);
        var findings = All
            .Select(rule => (rule, evidence: rule.Evidence(facts, settings, asOf)))
            .Where(x => x.evidence is not null)
            .Select(x => new RiskFinding(x.rule.Id, x.rule.Explanation, x.rule.Points, x.evidence!))
            .ToList();
        var total = findings.Sum(f => f.Points);
        var band = total >= settings.HighFrom ? RiskBand.High : total >= settings.MediumFrom ? RiskBand.Medium : RiskBand.Low;
        return new RiskAssessment(total, band, findings);
    }

    /// <summary>Where the evidence of R01 comes from when the registry recorded the year's ordinary assembly.</summary>
    public const string RecordedAssembly = "طبق مجمع ثبت‌شده در سامانه";

    /// <summary>Where the evidence of R02 and R03 comes from when the registry holds the officers' terms.</summary>
    public const string RecordedOfficers = "طبق اعضای ثبت‌شده در سامانه";

    /// <summary>Where the evidence of R01–R03 comes from when the registry has nothing and the manager's answer is read.</summary>
    public const string Declared = "طبق اظهار مدیر";

    /// <summary>Where the inspector's report of a declaration's year comes from when the portal holds one it signed.</summary>
    public const string RecordedInspectorReport = "گزارش بازرس در سامانه";

    /// <summary>Where it comes from when only the manager's scan is attached.</summary>
    public const string AttachedInspectorReport = "اسکن گزارش بازرسان پیوست خوداظهاری";

    /// <summary>The evidence of R04: neither source has a report.</summary>
    public const string NoInspectorReport = "در سامانه گزارش بازرسی برای این سال امضا و ارسال نشده و اسکن گزارش بازرسان هم پیوست نشده است";

    /// <summary>
    /// The source of the year's inspector's report that R04 reads: the report an inspector signed in the portal first
    /// («گزارش بازرس در سامانه، 1404/03/12»), else the scan the manager attached; null when there is neither.
    /// </summary>
    public static string? InspectorReportSource(DeclarationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return InspectorReportSource(facts.Recorded, facts.InspectorsReportUploaded);
    }

    /// <summary>
    /// The same reading from its two parts: what the registry records and whether the manager attached the scan (the
    /// festival's criterion F03 reads the report this way too).
    /// </summary>
    public static string? InspectorReportSource(RegistryFacts recorded, bool reportUploaded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.InspectorReportSubmittedOn is { } on
            ? $"{RecordedInspectorReport}، {JalaliDate.Format(on)}"
            : reportUploaded ? AttachedInspectorReport : null;
    }

    /// <summary>
    /// R01 reads the ordinary assembly the registry recorded and confirmed for the year; only when it recorded none, the
    /// day the manager declared.
    /// </summary>
    private static string? NoOrdinaryAssembly(DeclarationFacts facts, RiskSettings settings, DateOnly asOf)
    {
        var yearEnd = FiscalYearEnd(facts.FiscalYear);
        var windowEnd = JalaliDate.AddMonths(yearEnd, settings.AssemblyWindowMonths);
        var recorded = facts.Recorded.OrdinaryAssemblyHeldOn;
        var held = recorded ?? facts.OrdinaryAssemblyHeldOn;
        if (held is { } date && date > yearEnd && date <= windowEnd)
        {
            return null;
        }

        var window = $"بازه قانونی: {JalaliDate.Format(yearEnd.AddDays(1))} تا {JalaliDate.Format(windowEnd)}";
        return (recorded, held) switch
        {
            ({ } on, _) => $"{RecordedAssembly}، {JalaliDate.Format(on)}؛ {window}",
            (null, { } on) => $"{Declared}، مجمع عادی: {JalaliDate.Format(on)}؛ {window}",
            _ => $"در سامانه مجمع عادی این سال ثبت نشده و {Declared}، تاریخ مجمع عادی اعلام نشده است؛ مهلت: {JalaliDate.Format(windowEnd)}",
        };
    }

    /// <summary>R02 and R03 read the terms the registry holds; only when it holds none, the terms the manager declared.</summary>
    private static string? Expired(IReadOnlyList<DateOnly> recorded, IReadOnlyList<DateOnly> declared, DateOnly asOf, string who)
    {
        var (source, terms) = recorded.Count > 0 ? (RecordedOfficers, recorded) : (Declared, declared);
        var expired = terms.Where(end => end < asOf).Order().ToList();
        return expired.Count == 0
            ? null
            : $"{source}، {expired.Count} {who} با دوره پایان‌یافته؛ نخستین پایان دوره: {JalaliDate.Format(expired[0])}";
    }

    private static string? Unbalanced(DeclarationFacts facts, RiskSettings settings, DateOnly asOf)
    {
        if (facts is not { TotalAssets: { } assets, TotalLiabilities: { } liabilities, Equity: { } equity })
        {
            return null;
        }

        var difference = assets - (liabilities + equity);
        return difference == 0
            ? null
            : $"دارایی‌ها {Amount(assets)}؛ بدهی‌ها و حقوق صاحبان سهام {Amount(liabilities + equity)}؛ اختلاف {Amount(Math.Abs(difference))}";
    }

    private static string? LossesTwoYears(DeclarationFacts facts, RiskSettings settings, DateOnly asOf) =>
        facts is { NetProfitOrLoss: < 0, PreviousYearNetProfitOrLoss: < 0 }
            ? $"زیان سال {facts.FiscalYear}: {Amount(-facts.NetProfitOrLoss.Value)}؛ زیان سال {facts.FiscalYear - 1}: {Amount(-facts.PreviousYearNetProfitOrLoss.Value)}"
            : null;

    private static string? FiledLate(DeclarationFacts facts, RiskSettings settings, DateOnly asOf)
    {
        var due = DueDate(facts.FiscalYear, settings);
        var filed = facts.SubmittedOn ?? asOf;
        return filed > due ? $"ارسال: {JalaliDate.Format(filed)}؛ مهلت: {JalaliDate.Format(due)}" : null;
    }

    private static string Amount(long rials) => rials.ToString("N0", CultureInfo.InvariantCulture) + " ریال";
}
