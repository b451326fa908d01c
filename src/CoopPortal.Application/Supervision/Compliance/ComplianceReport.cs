namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>
/// One page of the compliance list and the province's (or country's) totals: <paramref name="Cooperatives"/> checked,
/// <paramref name="Overdue"/> without a due declaration, <paramref name="PossiblyDormant"/> of those silent for years,
/// <paramref name="Matching"/> in the list as filtered (what the pages divide); <paramref name="AssemblyHeld"/> of the
/// cooperatives checked, those whose ordinary assembly of <paramref name="FiscalYear"/> the portal recorded and confirmed.
/// </summary>
public sealed record ComplianceReport(
    int FiscalYear, DateOnly DueOn, int Cooperatives, int Overdue, int PossiblyDormant, int Matching, int Page, int PageSize,
    IReadOnlyList<ComplianceItem> Items, int AssemblyHeld = 0)
{
    public int Pages => Math.Max(1, (Matching + PageSize - 1) / PageSize);
}
