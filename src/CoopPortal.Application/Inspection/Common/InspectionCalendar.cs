using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Inspection.Common;

/// <summary>Which fiscal year an inspector reports on: the last Solar Hijri year that has ended (the year the annual ordinary assembly hears).</summary>
public static class InspectionCalendar
{
    public static int ReportYear(DateOnly today) => JalaliDate.YearOf(today) - 1;
}
