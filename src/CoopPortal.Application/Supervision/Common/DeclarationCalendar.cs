using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Application.Supervision.Common;

/// <summary>
/// Which fiscal years a cooperative must declare and when each is due. A fiscal year (Solar Hijri) opens for
/// declaration the day after it ends and is due <see cref="RiskSettings.DeclarationDueMonths"/> months later. A
/// cooperative declares every year it was registered in or after, up to the last one that has ended.
/// </summary>
public static class DeclarationCalendar
{
    /// <summary>The last fiscal year that has ended on <paramref name="today"/>.</summary>
    public static int LastEndedYear(DateOnly today) => JalaliDate.YearOf(today) - 1;

    public static bool HasEnded(int fiscalYear, DateOnly today) => RiskRules.FiscalYearEnd(fiscalYear) < today;

    public static bool IsOverdue(int fiscalYear, DateOnly today, RiskSettings settings) => RiskRules.DueDate(fiscalYear, settings) < today;

    /// <summary>The first fiscal year a cooperative registered on <paramref name="registeredOn"/> declares.</summary>
    public static int FirstYear(DateOnly registeredOn) => JalaliDate.YearOf(registeredOn);

    /// <summary>The years that have ended and that the cooperative must declare, newest first (at most <paramref name="take"/>).</summary>
    public static IReadOnlyList<int> YearsToDeclare(DateOnly registeredOn, DateOnly today, int take)
    {
        var last = LastEndedYear(today);
        var first = FirstYear(registeredOn);
        return Enumerable.Range(0, Math.Max(0, take)).Select(i => last - i).Where(y => y >= first).ToList();
    }
}
